# baophu: console chat on the embedded database by default; set DATABASE_URL for PostgreSQL.
FROM node:20-bookworm-slim
WORKDIR /app
ENV CHECKPOINT_DISABLE=1 NODE_ENV=production DATA_DIR=/data
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY data ./data
VOLUME ["/data"]
USER node
ENTRYPOINT ["node", "--import", "tsx", "src/main.ts"]
CMD ["chat"]
