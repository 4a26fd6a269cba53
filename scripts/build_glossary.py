#!/usr/bin/env python3
"""Builds songngu's shipped glossary data/glossary/official-titles.tsv.

Input: the reference list ../shared/data/glossary/official-titles.vi-en.tsv
(vi, en, source, note; with sources). Output columns:

  vi  en  en_female  kind  expands  valid_from  valid_to  source  note

kind is one of title | body | doctype | place | term | abbrev. An abbrev row
names in `expands` the full Vietnamese form whose role it plays when titles
are composed ("UBND" plays "Ủy ban nhân dân"). en_female is the form used when
the text says "bà" (Chairwoman). valid_from / valid_to (YYYY-MM-DD, empty =
open) mark renderings of bodies renamed or dissolved in the 2025
reorganisation, so old texts keep their old rendering.

Run from the repository root:
  python3 scripts/build_glossary.py [SHARED_TSV] [OUT_TSV]
Regeneration reproduces the committed file byte for byte (rows keep the input
order, then the project's own rows in the order written below).
"""
import sys
import unicodedata

SHARED = "../shared/data/glossary/official-titles.vi-en.tsv"
OUT = "data/glossary/official-titles.tsv"
PROJECT = "project"

# Rows of the reference list that are left out, with the reason.
EXCLUDE = {
    # source 'unverified' and not confirmed by the seeds or a cited page:
    "Đảng bộ thành phố": "unverified; news merges it with Thành ủy (City Party Committee)",
    "Tờ trình": "unverified; renderings vary (Submission/Proposal/Report)",
    # ambiguous abbreviations that would fire wrongly in running text:
    "CT": "ambiguous: Chỉ thị, Chủ tịch, and '(CT)' is the Can Tho newspaper's byline in the seeds",
    "TT": "ambiguous: Thông tư, Thông tin, trung tâm",
    "TU": "ambiguous: Thành ủy or Tỉnh ủy",
    "SRV": "an English abbreviation, not Vietnamese text",
}

DOCTYPES = {"Nghị quyết", "Quyết định", "Nghị định", "Thông tư", "Chỉ thị", "Kết luận",
            "Công văn", "Kế hoạch", "Luật", "Hiến pháp", "Báo cáo", "Thông báo", "Pháp lệnh"}
PLACES = {"thành phố", "tỉnh", "quận", "huyện", "quận, huyện", "phường", "xã", "thị xã",
          "thị trấn", "ấp", "thôn", "Thành phố Cần Thơ", "Thủ đô Hà Nội",
          "Đồng bằng sông Cửu Long"}
TERMS = {"kỳ họp", "kỳ họp chuyên đề", "khóa X", "nhiệm kỳ 2021-2026", "miễn nhiệm", "kiêm",
         "chương trình mục tiêu quốc gia", "kế hoạch đầu tư công trung hạn", "kinh tế - xã hội",
         "đơn vị hành chính cấp xã", "chính quyền địa phương hai cấp",
         "thành phố trực thuộc Trung ương", "cơ quan chuyên môn thuộc UBND"}
# English heads that make a row a person's title rather than a body.
TITLE_HEADS = ("President", "Vice President", "Prime Minister", "Permanent Deputy Prime Minister",
               "Deputy Prime Minister", "Minister", "Deputy Minister", "Government Inspector General",
               "Chairman", "Vice Chairman", "Permanent Vice Chairman", "National Assembly deputy",
               "Chief", "Deputy Chief", "Director", "Deputy Director", "Head", "Deputy Head",
               "Manager", "Secretary", "Deputy Secretary", "Standing Deputy Secretary",
               "member", "Member", "Politburo member", "General Secretary", "Commander",
               "People's Council deputy")
# Abbreviations whose note does not spell out the expansion as 'abbrev. of X'.
EXPANDS = {"TP.HCM": "Thành phố Hồ Chí Minh", "CHXHCN Việt Nam": "Nước Cộng hòa xã hội chủ nghĩa Việt Nam"}

# Validity periods (2025 reorganisation). Ministries merged from 1 March 2025
# (Resolution 176/2025/QH15); provincial departments followed on the same date;
# the district level ended on 1 July 2025 (two-tier local administration).
VALID_TO = {
    "Bộ Kế hoạch và Đầu tư": "2025-02-28", "Bộ Giao thông vận tải": "2025-02-28",
    "Bộ Thông tin và Truyền thông": "2025-02-28", "Bộ Tài nguyên và Môi trường": "2025-02-28",
    "Bộ Nông nghiệp và Phát triển nông thôn": "2025-02-28",
    "Bộ Lao động - Thương binh và Xã hội": "2025-02-28",
    "Sở Kế hoạch và Đầu tư": "2025-02-28", "Sở Tài nguyên và Môi trường": "2025-02-28",
    "Sở Lao động - Thương binh và Xã hội": "2025-02-28",
    "quận": "2025-06-30", "huyện": "2025-06-30", "quận, huyện": "2025-06-30",
}
VALID_FROM = {"Sở Nông nghiệp và Môi trường": "2025-03-01", "Sở Dân tộc và Tôn giáo": "2025-03-01"}

# The project's own rows: compositional pieces (a title or body alone, so that
# "Chủ tịch" + "UBND" + "TP Cần Thơ" compose), abbreviations, gendered forms.
# (vi, en, kind, expands, valid_from, valid_to, note)
OWN = [
    ("Chủ tịch", "Chairman", "title", "", "", "", "of a People's Committee, Council or Front; head of state is Chủ tịch nước"),
    ("Phó Chủ tịch", "Vice Chairman", "title", "", "", "", ""),
    ("Phó Chủ tịch Thường trực", "Permanent Vice Chairman", "title", "", "", "", ""),
    ("Phó Bí thư", "Deputy Secretary", "title", "", "", "", "SGGP also 'Vice Secretary'"),
    ("Phó Bí thư Thường trực", "Standing Deputy Secretary", "title", "", "", "", ""),
    ("Giám đốc", "Director", "title", "", "", "", ""),
    ("Phó Giám đốc", "Deputy Director", "title", "", "", "", ""),
    ("Ủy viên", "member", "title", "", "", "", ""),
    ("Ban Thường vụ", "Standing Committee", "body", "", "", "", "Viet Nam News: 'Standing Board'"),
    ("Ban Chấp hành", "Executive Committee", "body", "", "", "", ""),
    ("Ban Chỉ đạo", "Steering Committee", "body", "", "", "", ""),
    ("Ủy ban Mặt trận Tổ quốc", "Fatherland Front Committee", "body", "", "", "", ""),
    ("Trung ương", "Central Committee", "body", "", "", "", "the Party Central Committee, as in 'nghị quyết của Trung ương'"),
    ("Bộ, ngành Trung ương", "central ministries and agencies", "body", "", "", "", ""),
    ("Bộ Nông nghiệp và Môi trường", "Ministry of Agriculture and Environment", "body", "", "2025-03-01", "", "created 2025 from MARD and MONRE"),
    ("Bộ Dân tộc và Tôn giáo", "Ministry of Ethnic Minorities and Religions", "body", "", "2025-03-01", "", "created 2025"),
    ("Ủy ban MTTQVN", "Vietnam Fatherland Front Committee", "abbrev", "Ủy ban Mặt trận Tổ quốc Việt Nam", "", "", ""),
    ("Ủy ban MTTQ", "Fatherland Front Committee", "abbrev", "Ủy ban Mặt trận Tổ quốc", "", "", ""),
    ("TP.", "City", "abbrev", "thành phố", "", "", "written with a dot: TP. Cần Thơ"),
    ("BCĐ", "Steering Committee", "abbrev", "Ban Chỉ đạo", "", "", ""),
    ("sông", "river", "place", "", "", "", "e.g. sông Hậu = Hau River"),
    ("kênh", "canal", "place", "", "", "", "e.g. kênh Xà No = Xa No Canal"),
    ("Q.", "District", "abbrev", "quận", "", "2025-06-30", "Q. Ninh Kiều"),
    ("H.", "District", "abbrev", "huyện", "", "2025-06-30", "H. Phong Điền"),
]

# Rows added for issue 13, each with its own source: (vi, en, kind, expands,
# valid_from, valid_to, source, note). CIRCULAR = the Ministry of Foreign
# Affairs' Circular 03/2009/TT-BNG on English names of state bodies and titles
# (its pattern "Department of X" for Sở X and "Director of Department" for the
# head); REORG = the 2025 reorganisation (Resolution 176/2025/QH15 for the
# ministries; provincial departments merged from 1 March 2025 under Decree
# 45/2025/ND-CP; district level ended 1 July 2025 under the amended Law on
# Organisation of Local Government). Party bodies are not in the circular: their
# rows say "usage" and give the English the Party's own English pages use.
CIRCULAR = "circular:03/2009/TT-BNG"
REORG = "reorganisation 2025 (Resolution 176/2025/QH15; Decree 45/2025/ND-CP)"
DISTRICT_END = "reorganisation 2025 (district level ended 2025-07-01)"
PARTY = "usage (Party bodies are outside circular 03/2009/TT-BNG)"
COUNTRY = "country name: Vietnamese as used by the Ministry of Foreign Affairs, English short name of ISO 3166-1"
ISSUE13 = [
    ("Trưởng", "Head", "title", "", "", "", CIRCULAR, "compose only: Trưởng Ban X = Head of the X"),
    ("Phó Trưởng", "Deputy Head", "title", "", "", "", CIRCULAR, "compose only: Phó Trưởng Ban X = Deputy Head of the X"),
    ("Ban Tuyên giáo", "Propaganda Department", "body", "", "", "", PARTY,
     "merged with Ban Dân vận into Ban Tuyên giáo và Dân vận in 2025"),
    ("Ban Dân vận", "Mass Mobilisation Department", "body", "", "", "", PARTY,
     "merged with Ban Tuyên giáo into Ban Tuyên giáo và Dân vận in 2025"),
    ("Ban Tuyên giáo và Dân vận", "Propaganda and Mass Mobilisation Department", "body", "", "2025-02-01", "",
     PARTY, "created in the 2025 reorganisation of Party bodies"),
    ("Ban Tổ chức", "Organisation Department", "body", "", "", "", PARTY, ""),
    ("Ban Kiểm tra", "Inspection Commission", "body", "", "", "", PARTY, ""),
    ("Ban Nội chính", "Internal Affairs Department", "body", "", "", "", PARTY, ""),
    ("Quận ủy", "District Party Committee", "body", "", "", "2025-06-30", DISTRICT_END, ""),
    ("Huyện ủy", "District Party Committee", "body", "", "", "2025-06-30", DISTRICT_END, ""),
    ("Đảng ủy", "Party Committee", "body", "", "", "", PARTY, ""),
    ("Sở GD&ĐT", "Department of Education and Training", "abbrev", "Sở Giáo dục và Đào tạo", "", "", CIRCULAR, ""),
    ("Sở GDĐT", "Department of Education and Training", "abbrev", "Sở Giáo dục và Đào tạo", "", "", CIRCULAR, ""),
    ("Sở KH&ĐT", "Department of Planning and Investment", "abbrev", "Sở Kế hoạch và Đầu tư", "", "2025-02-28", REORG,
     "merged into the Department of Finance from 2025-03-01"),
    ("Sở KHĐT", "Department of Planning and Investment", "abbrev", "Sở Kế hoạch và Đầu tư", "", "2025-02-28", REORG,
     "merged into the Department of Finance from 2025-03-01"),
    ("Sở TN&MT", "Department of Natural Resources and Environment", "abbrev", "Sở Tài nguyên và Môi trường", "",
     "2025-02-28", REORG, "merged into the Department of Agriculture and Environment from 2025-03-01"),
    ("Sở LĐ-TB&XH", "Department of Labour, Invalids and Social Affairs", "abbrev",
     "Sở Lao động - Thương binh và Xã hội", "", "2025-02-28", REORG, "merged into the Department of Home Affairs from 2025-03-01"),
    ("Sở VH-TT&DL", "Department of Culture, Sports and Tourism", "abbrev", "Sở Văn hóa, Thể thao và Du lịch", "", "",
     CIRCULAR, ""),
    ("Sở KH&CN", "Department of Science and Technology", "abbrev", "Sở Khoa học và Công nghệ", "", "", CIRCULAR, ""),
    ("Sở NN&MT", "Department of Agriculture and Environment", "abbrev", "Sở Nông nghiệp và Môi trường", "2025-03-01",
     "", REORG, ""),
    ("Sở Nông nghiệp và Phát triển nông thôn", "Department of Agriculture and Rural Development", "body", "", "",
     "2025-02-28", REORG, "merged into the Department of Agriculture and Environment from 2025-03-01"),
    ("Sở NN&PTNT", "Department of Agriculture and Rural Development", "abbrev",
     "Sở Nông nghiệp và Phát triển nông thôn", "", "2025-02-28", REORG, ""),
    ("Sở Giao thông vận tải", "Department of Transport", "body", "", "", "2025-02-28", REORG,
     "merged into the Department of Construction from 2025-03-01"),
    ("Sở GTVT", "Department of Transport", "abbrev", "Sở Giao thông vận tải", "", "2025-02-28", REORG, ""),
    ("Sở Thông tin và Truyền thông", "Department of Information and Communications", "body", "", "", "2025-02-28",
     REORG, "merged into the Department of Science and Technology from 2025-03-01"),
    ("Sở TT&TT", "Department of Information and Communications", "abbrev", "Sở Thông tin và Truyền thông", "",
     "2025-02-28", REORG, ""),
    ("Ủy ban MTTQ Việt Nam", "Vietnam Fatherland Front Committee", "abbrev", "Ủy ban Mặt trận Tổ quốc Việt Nam", "",
     "", PROJECT, "Ủy ban MTTQ written with Việt Nam"),
    ("HĐND", "People's Council", "abbrev", "Hội đồng nhân dân", "", "", CIRCULAR, "abbrev. of Hội đồng nhân dân"),
    ("Nhật Bản", "Japan", "place", "", "", "", COUNTRY, ""),
    ("Hàn Quốc", "Republic of Korea", "place", "", "", "", COUNTRY, ""),
    ("Trung Quốc", "China", "place", "", "", "", COUNTRY, ""),
    ("Hoa Kỳ", "United States", "place", "", "", "", COUNTRY, ""),
    ("Liên bang Nga", "Russian Federation", "place", "", "", "", COUNTRY, ""),
    ("Pháp", "France", "place", "", "", "", COUNTRY, ""),
    ("Cộng hòa Liên bang Đức", "Germany", "place", "", "", "", COUNTRY, "'Đức' alone is also a given name"),
    ("Vương quốc Anh", "United Kingdom", "place", "", "", "", COUNTRY, "'Anh' alone is also a given name"),
    ("Úc", "Australia", "place", "", "", "", COUNTRY, ""),
    ("Ô-xtrây-li-a", "Australia", "place", "", "", "", COUNTRY, ""),
    ("Thái Lan", "Thailand", "place", "", "", "", COUNTRY, ""),
    ("Lào", "Laos", "place", "", "", "", COUNTRY, ""),
    ("Campuchia", "Cambodia", "place", "", "", "", COUNTRY, ""),
    ("Cam-pu-chia", "Cambodia", "place", "", "", "", COUNTRY, ""),
    ("Singapore", "Singapore", "place", "", "", "", COUNTRY, ""),
    ("Xin-ga-po", "Singapore", "place", "", "", "", COUNTRY, ""),
    ("Malaysia", "Malaysia", "place", "", "", "", COUNTRY, ""),
    ("Ma-lai-xi-a", "Malaysia", "place", "", "", "", COUNTRY, ""),
    ("Indonesia", "Indonesia", "place", "", "", "", COUNTRY, ""),
    ("In-đô-nê-xi-a", "Indonesia", "place", "", "", "", COUNTRY, ""),
    ("Phi-líp-pin", "Philippines", "place", "", "", "", COUNTRY, ""),
    ("Ấn Độ", "India", "place", "", "", "", COUNTRY, ""),
    ("Canada", "Canada", "place", "", "", "", COUNTRY, ""),
    ("Ca-na-đa", "Canada", "place", "", "", "", COUNTRY, ""),
    ("Hà Lan", "Netherlands", "place", "", "", "", COUNTRY, ""),
    ("Bỉ", "Belgium", "place", "", "", "", COUNTRY, ""),
    ("Thụy Sĩ", "Switzerland", "place", "", "", "", COUNTRY, ""),
    ("Thụy Điển", "Sweden", "place", "", "", "", COUNTRY, ""),
    ("Đan Mạch", "Denmark", "place", "", "", "", COUNTRY, ""),
    ("Na Uy", "Norway", "place", "", "", "", COUNTRY, ""),
    ("Phần Lan", "Finland", "place", "", "", "", COUNTRY, ""),
    ("Tây Ban Nha", "Spain", "place", "", "", "", COUNTRY, ""),
    ("Bồ Đào Nha", "Portugal", "place", "", "", "", COUNTRY, ""),
    ("Ba Lan", "Poland", "place", "", "", "", COUNTRY, ""),
    ("Hung-ga-ri", "Hungary", "place", "", "", "", COUNTRY, ""),
    ("Cu-ba", "Cuba", "place", "", "", "", COUNTRY, ""),
    ("Cuba", "Cuba", "place", "", "", "", COUNTRY, ""),
    ("New Zealand", "New Zealand", "place", "", "", "", COUNTRY, ""),
    ("Niu Di-lân", "New Zealand", "place", "", "", "", COUNTRY, ""),
    ("Liên minh châu Âu", "European Union", "place", "", "", "", COUNTRY, "a union, not a country; English as the EU writes it"),
]

# Provincial-level units (63, before the 2025 mergers) and Can Tho's former
# districts: kind place, English = the name without diacritics.
PLACE_NAMES = """An Giang|Bà Rịa - Vũng Tàu|Bắc Giang|Bắc Kạn|Bạc Liêu|Bắc Ninh|Bến Tre|Bình Định|
Bình Dương|Bình Phước|Bình Thuận|Cà Mau|Cao Bằng|Cần Thơ|Đà Nẵng|Đắk Lắk|Đắk Nông|Điện Biên|
Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Nội|Hà Tĩnh|Hải Dương|Hải Phòng|Hậu Giang|Hòa Bình|
Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|
Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị|
Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Tiền Giang|Hồ Chí Minh|
Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái|Ninh Kiều|Bình Thủy|Cái Răng|Ô Môn|Thốt Nốt|
Phong Điền|Cờ Đỏ|Thới Lai|Vĩnh Thạnh|Việt Nam"""


def ascii_name(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if unicodedata.category(c) != "Mn")


def kind_of(vi, en, note):
    if note.startswith("abbrev. of ") or vi in EXPANDS:
        return "abbrev"
    if vi in DOCTYPES:
        return "doctype"
    if vi in PLACES:
        return "place"
    if vi in TERMS:
        return "term"
    for head in sorted(TITLE_HEADS, key=len, reverse=True):
        if en == head or en.startswith(head + " ") or en.startswith(head + "/"):
            return "title"
    return "body"


def expansion(vi, note):
    if vi in EXPANDS:
        return EXPANDS[vi]
    text = note[len("abbrev. of "):]
    for stop in (";", " (", ","):
        text = text.split(stop)[0]
    return text.strip()


def female(en):
    return en.replace("Chairman", "Chairwoman") if "Chairman" in en else ""


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else SHARED
    out = sys.argv[2] if len(sys.argv) > 2 else OUT
    rows = []
    with open(shared, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        assert header == ["vi", "en", "source", "note"], header
        for line in f:
            vi, en, source, note = line.rstrip("\n").split("\t")
            if vi in EXCLUDE:
                continue
            assert source != "unverified", vi
            if en.startswith("Chairman/Chairwoman"):
                en = en.replace("Chairman/Chairwoman", "Chairman")
            kind = kind_of(vi, en, note)
            rows.append((vi, en, female(en), kind, expansion(vi, note) if kind == "abbrev" else "",
                         VALID_FROM.get(vi, ""), VALID_TO.get(vi, ""), source, note))
    seen = {r[0] for r in rows}
    for vi, en, kind, exp, vfrom, vto, note in OWN:
        if vi not in seen:
            rows.append((vi, en, female(en), kind, exp, vfrom, vto, PROJECT, note))
            seen.add(vi)
    for vi, en, kind, exp, vfrom, vto, source, note in ISSUE13:
        if vi not in seen:
            rows.append((vi, en, female(en), kind, exp, vfrom, vto, source, note))
            seen.add(vi)
    for name in PLACE_NAMES.replace("\n", "").split("|"):
        if name not in seen:
            rows.append((name, ascii_name(name), "", "place", "", "", "", PROJECT, "name without diacritics"))
            seen.add(name)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("vi\ten\ten_female\tkind\texpands\tvalid_from\tvalid_to\tsource\tnote\n")
        for r in rows:
            assert all("\t" not in c and "\n" not in c for c in r), r
            f.write("\t".join(unicodedata.normalize("NFC", c) for c in r) + "\n")
    print(f"{out}: {len(rows)} rows ({len(EXCLUDE)} reference rows excluded)", file=sys.stderr)


if __name__ == "__main__":
    main()
