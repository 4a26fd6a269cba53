#!/usr/bin/python3
"""Writes a pile of Vietnamese and English pages for corpus-building tests and benchmarks.

OUT/vi and OUT/en receive
  - --pairs N synthetic news reports, each in both languages: written from our
    own sentence templates with random provinces, people, figures and decision
    codes; the English write-up leaves one sentence out and swaps two, as
    separate reports of one event do;
  - --iwslt SETS: the IWSLT15 talks of those sets (e.g. dev2010,tst2012) made
    comparable by ../shared/eval/make_comparable.py (drops, merges, moves, noise);
  - --distractors K synthetic reports in one language only (no partner);
  - --broken: an empty file, a file of invalid UTF-8 and a binary file.
File names are shuffled so that a pair's two files do not share a name.

usage: scripts/make_pile.py OUT [--pairs 200] [--distractors 20] [--iwslt dev2010]
                            [--shared ../shared] [--broken] [--seed 1]
"""
import argparse
import datetime
import os
import random
import subprocess
import sys
import tempfile
import unicodedata

PROVINCES = [("Cần Thơ", "Can Tho"), ("Hậu Giang", "Hau Giang"), ("Sóc Trăng", "Soc Trang"),
             ("Vĩnh Long", "Vinh Long"), ("An Giang", "An Giang"), ("Kiên Giang", "Kien Giang"),
             ("Đồng Tháp", "Dong Thap"), ("Bạc Liêu", "Bac Lieu"), ("Cà Mau", "Ca Mau"), ("Bến Tre", "Ben Tre"),
             ("Trà Vinh", "Tra Vinh"), ("Long An", "Long An"), ("Tiền Giang", "Tien Giang"),
             ("Quảng Ninh", "Quang Ninh"), ("Thái Bình", "Thai Binh"), ("Lào Cai", "Lao Cai")]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Minh", "Hữu", "Đức", "Thanh", "Quốc", "Ngọc", "Công", "Xuân"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Lan", "Mai", "Nam", "Phúc", "Quang", "Sơn", "Tâm", "Thắng",
         "Trung", "Việt", "Yến", "Hòa", "Khánh", "Long", "Tuấn", "Hiếu", "Phong", "Thảo"]
DISTRICTS = [("Phong Điền", "Phong Dien"), ("Cờ Đỏ", "Co Do"), ("Thới Lai", "Thoi Lai"), ("Vĩnh Thạnh", "Vinh Thanh"),
             ("Châu Thành", "Chau Thanh"), ("Long Mỹ", "Long My"), ("Mỹ Xuyên", "My Xuyen"), ("Tam Bình", "Tam Binh")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# (Vietnamese, English) sentence templates written for this pile.
TEMPLATES = [
    ("Sáng ngày {d}/{m}, UBND tỉnh {P} tổ chức hội nghị tổng kết công tác năm {y}.",
     "On the morning of {month} {d}, the {Pe} Provincial People's Committee held a conference to review its work in {y}."),
    ("Ông {N1}, Chủ tịch UBND tỉnh {P}, chủ trì hội nghị.",
     "Mr. {N1e}, Chairman of the {Pe} Provincial People's Committee, chaired the conference."),
    ("Năm {y}, tổng thu ngân sách của tỉnh đạt {a} tỷ đồng, tăng {p1}% so với năm trước.",
     "In {y}, the province's total budget revenue reached {ae} billion VND, up {p1}% over the previous year."),
    ("Tỉnh đã thu hút {k1} dự án đầu tư với tổng vốn {b} tỷ đồng.",
     "The province attracted {k1} investment projects with a total capital of {be} billion VND."),
    ("Theo Quyết định số {code}, tỉnh sẽ xây dựng {k2} trường học mới tại huyện {D}.",
     "Under Decision No. {code}, the province will build {k2} new schools in {De} district."),
    ("Bà {N2}, Giám đốc Sở Y tế, cho biết {k3} trạm y tế đã được nâng cấp.",
     "Ms. {N2e}, Director of the Department of Health, said that {k3} health stations had been upgraded."),
    ("Tỷ lệ hộ nghèo của tỉnh giảm còn {p2}%.", "The province's poverty rate fell to {p2}%."),
    ("Tỉnh {P} đặt mục tiêu tăng trưởng kinh tế {p3}% trong năm {y1}.",
     "{Pe} province aims for economic growth of {p3}% in {y1}."),
    ("Lễ khởi công cầu {B} dự kiến diễn ra vào tháng {m2}.",
     "The groundbreaking ceremony for the {Be} bridge is expected to take place in {month2}."),
    ("Hội nghị kết thúc vào chiều ngày {d2}/{m} với {k4} đại biểu tham dự.",
     "The conference ended on the afternoon of {month} {d2} with {k4} delegates attending."),
]


def ascii_name(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def person(rng):
    return "%s %s %s" % (rng.choice(SURNAMES), rng.choice(MIDDLE), rng.choice(GIVEN))


def thousands(n, sep):
    return "{:,}".format(n).replace(",", sep)


def report(rng, number, dated=False):
    """(vi text, en text) of one synthetic report; dated: with publication date lines."""
    p, pe = rng.choice(PROVINCES)
    d, de = rng.choice(DISTRICTS)
    n1, n2, b = person(rng), person(rng), "%s %s" % (rng.choice(MIDDLE), rng.choice(GIVEN))
    m, m2 = rng.randint(1, 12), rng.randint(1, 12)
    a, bb = rng.randint(1200, 98000), rng.randint(1100, 45000)
    y = rng.randint(2015, 2025)
    slots = {
        "P": p, "Pe": pe, "D": d, "De": de, "N1": n1, "N1e": ascii_name(n1), "N2": n2, "N2e": ascii_name(n2),
        "B": b, "Be": ascii_name(b), "d": rng.randint(1, 20), "d2": rng.randint(21, 28), "m": m, "month": MONTHS[m - 1],
        "m2": m2, "month2": MONTHS[m2 - 1], "y": y, "y1": y + 1, "a": thousands(a, "."), "ae": thousands(a, ","),
        "b": thousands(bb, "."), "be": thousands(bb, ","), "p1": rng.randint(3, 29), "p2": rng.randint(2, 9),
        "p3": rng.randint(5, 12), "k1": rng.randint(11, 240), "k2": rng.randint(2, 19), "k3": rng.randint(21, 95),
        "k4": rng.randint(101, 480), "code": "%d/QĐ-UBND" % (1000 + number),
    }
    chosen = sorted(rng.sample(range(len(TEMPLATES)), rng.randint(7, len(TEMPLATES))))
    vi = [TEMPLATES[i][0].format(**slots) for i in chosen]
    en = [TEMPLATES[i][1].format(**slots) for i in chosen]
    del en[rng.randrange(1, len(en))]  # a sentence the English write-up leaves out
    k = rng.randrange(1, len(en) - 1)
    en[k], en[k + 1] = en[k + 1], en[k]  # and an order that crosses
    vi_title = "Tỉnh %s tổng kết công tác năm %d" % (p, y)
    en_title = "%s province reviews its work in %d" % (pe, y)
    if dated:
        # Published in the report's year; the English write-up 0-3 days later.
        day = datetime.date(y, 1, 1) + datetime.timedelta(days=rng.randrange(365))
        en_day = day + datetime.timedelta(days=rng.randint(0, 3))
        vi_title += "\nNgày đăng: %02d/%02d/%d" % (day.day, day.month, day.year)
        en_title += "\nPublished: %s" % en_day.isoformat()
    return vi_title + "\n\n" + "\n".join(vi) + "\n", en_title + "\n\n" + "\n".join(en) + "\n"


def comparable_talks(shared, sets, seed):
    """[(vi text, en text)] of IWSLT talks made comparable by make_comparable.py."""
    talks = []
    for name in sets:
        base = os.path.join(shared, "data", "iwslt15-en-vi", "IWSLT15.TED.%s.en-vi" % name)
        with tempfile.TemporaryDirectory(prefix="songngu-comparable-") as out:
            subprocess.run([sys.executable, os.path.join(shared, "eval", "make_comparable.py"), base + ".vi.xml",
                            base + ".en.xml", out, "--seed", str(seed)], check=True, capture_output=True)
            for f in sorted(os.listdir(out)):
                if f.endswith(".vi.txt"):
                    stem = f[:-len(".vi.txt")]
                    with open(os.path.join(out, f), encoding="utf-8") as vi, \
                            open(os.path.join(out, stem + ".en.txt"), encoding="utf-8") as en:
                        talks.append((vi.read(), en.read()))
    return talks


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--distractors", type=int, default=0)
    parser.add_argument("--iwslt", default="", help="comma-separated IWSLT15 sets, e.g. dev2010,tst2012")
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                                           "shared"))
    parser.add_argument("--broken", action="store_true")
    parser.add_argument("--dated", action="store_true",
                        help="reports carry publication dates (2015-2025), as crawled news pages do")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    docs = [report(rng, k, args.dated) for k in range(args.pairs)]
    if args.iwslt:
        docs += comparable_talks(args.shared, args.iwslt.split(","), args.seed)
    lonely = [report(rng, args.pairs + k, args.dated) for k in range(args.distractors)]
    names = rng.sample(range(10 * (len(docs) + len(lonely)) + 10), 2 * len(docs) + len(lonely))
    for side in ("vi", "en"):
        os.makedirs(os.path.join(args.out, side), exist_ok=True)

    def write(side, text):
        with open(os.path.join(args.out, side, "page-%07d.txt" % names.pop()), "w", encoding="utf-8") as f:
            f.write(text)

    for vi, en in docs:
        write("vi", vi)
        write("en", en)
    for k, (vi, en) in enumerate(lonely):
        write("vi", vi) if k % 2 == 0 else write("en", en)
    if args.broken:
        open(os.path.join(args.out, "vi", "broken-empty.txt"), "wb").close()
        with open(os.path.join(args.out, "vi", "broken-utf8.txt"), "wb") as f:
            f.write("Ông Trần Văn An chủ trì hội nghị.".encode("utf-8") + b"\xc3\x28 \xff\xfe " + "tại Cần Thơ.\n".encode("utf-8"))
        with open(os.path.join(args.out, "en", "broken-binary.bin"), "wb") as f:
            f.write(bytes(rng.randrange(256) for _ in range(4096)) + b"\x00\x00\x01")
    print("%d pairs, %d distractors%s -> %s" % (len(docs), len(lonely), ", 3 broken files" if args.broken else "",
                                                 args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
