/** Questions as officials type them: diacritics or not, typos, type words, ambiguous and dissolved places. */
export const QUESTIONS: readonly string[] = [
  'coverage for Vinh city', 'tỷ lệ bao phủ BHXH Bắc Kạn 9 tháng 2021', 'bhxh tinh bac kan 2021', 'Gia Lai BHTN 2025 target',
  'bảo hiểm y tế Hải Phòng', 'hai phong bhyt', 'Châu Thành', 'huyen chau thanh tay ninh', 'phường Thành Vinh',
  'Nghe An', 'Vinnh city', 'Hai Phongg', 'tp Bac Kan', 'xa Tan Thanh', 'quan Ba Dinh', 'Thu Duc', 'Pleiku',
  'tỷ lệ bao phủ BHXH Gia Lai 2025', 'Cửa Lò', 'Huyện Chợ Đồn',
  // Words around the place, and typos among them: every run of words is tried.
  'Cho tôi xin tỷ lệ bao phủ BHXH tỉnh Bắc Kạn 9 tháng năm 2021 với ạ', 'What was Bac Kan\'s assigned social insurance target for 2021?',
  'Anh chị cho em hỏi mục tiêu tỷ lệ hưởng lương hưu của Hải Phòng đến năm 2025 với ạ', 'chỉ tiêu BHXH Gia Lia năm 2025 theo kế hoạch 156',
  'Tỷ lệ bao phủ BHXH tỉnh Bắc Cạn',
];
