#!/usr/bin/python3
"""Scans degraded past the corpus's own, to find what OCR gets wrong without saying so.

Usage: [FORMS=phone,dpi100,sealnum] [DPI=100] tools/degrade-scans.py CORPUS OUT [ID...]
  (Debian's python3 with python3-pil; needs pdftoppm, pdfimages and tesseract on the PATH)

For each report folder CORPUS/ID it writes OUT/ID/ with truth.json copied and:
  phone.pdf   chrome.pdf as a phone photo of the printed page: 200 dpi colour, the page in perspective
              (the camera a little off square), rotated 1.2 degrees, lit from one side and fading into shadow
              on the other, a warm paper tone, slight blur, sensor noise, JPEG quality 55
  dpi100.pdf  chrome.pdf scanned at 100 dpi grey (tilted 0.5 degrees, noise, JPEG quality 75), as scan.pdf is at 150;
              with DPI=N at N dpi instead, as dpiN.pdf
  sealnum.pdf scan-seal.pdf with a red seal stamped squarely over a number on every page (the seal's centre on
              a number tesseract finds in the page's lower two thirds, the ring across the cells around it;
              red ink multiplies the page, as a stamp's ink does)
so that tools/score and tools/silent score them like the corpus (the folder is the report, the file name the form).

       tools/degrade-scans.py --crop PDF PAGE X0 Y0 X1 Y1 OUT.jpg
cuts a box (pixels of the page's stored image) out of an image-only PDF's page as a JPEG (quality 92), for a test
fixture: fixtures/ocr/004-seal-over-t4.jpg is 004's sealnum.pdf, page 3, box 0 1100 1760 1560.
Every choice (angles, which number a seal covers) is seeded by the report id; the noise is not (PIL's), so the
files differ in their noise from run to run, not in what they show.
"""
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile

from PIL import Image, ImageChops, ImageDraw, ImageFilter


def render(pdf, dpi, gray, tmp):
    """The pages of pdf rendered by pdftoppm, as PIL images."""
    prefix = os.path.join(tmp, "p")
    for f in os.listdir(tmp):
        os.remove(os.path.join(tmp, f))
    subprocess.run(["pdftoppm", "-r", str(dpi)] + (["-gray"] if gray else []) + ["-png", pdf, prefix], check=True)
    return [Image.open(os.path.join(tmp, f)).copy() for f in sorted(os.listdir(tmp))]


def embedded(pdf, tmp):
    """The page images of an image-only PDF as stored (one JPEG a page), with their resolution."""
    for f in os.listdir(tmp):
        os.remove(os.path.join(tmp, f))
    subprocess.run(["pdfimages", "-j", pdf, os.path.join(tmp, "i")], check=True)
    listing = subprocess.run(["pdfimages", "-list", pdf], check=True, capture_output=True, text=True).stdout
    dpis = [int(line.split()[12]) for line in listing.splitlines()[2:]]
    return [(Image.open(os.path.join(tmp, f)).convert("RGB"), d) for f, d in zip(sorted(os.listdir(tmp)), dpis)]


def write_pdf(pages, path, quality):
    """One JPEG a page, each page as large as its picture at its resolution (pages: (image, dpi))."""
    parts = []
    for i, (img, dpi) in enumerate(pages):
        part = "%s.%d.pdf" % (path, i)
        img.save(part, "PDF", resolution=float(dpi), quality=quality)
        parts.append(part)
    subprocess.run(["qpdf", "--empty", "--pages"] + parts + ["--", path], check=True)
    for part in parts:
        os.remove(part)


def noise(img, sigma, rnd):
    n = Image.effect_noise(img.size, sigma)
    n = n.convert(img.mode) if img.mode == "L" else Image.merge("RGB", [n, n, n])
    # add zero-mean noise: (img + noise - 128)
    return ImageChops.add(img, n, scale=1.0, offset=-128)


def perspective_coeffs(src, dst):
    """Coefficients for Image.transform(PERSPECTIVE) mapping output points dst onto input points src."""
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    return solve(rows, rhs)


def solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def phone(img, rnd):
    w, h = img.size
    img = img.convert("RGB")
    # the page seen from a little below and to the left: its far (top) edge shorter, one side shorter
    k = 0.025
    dst = [(w * k * 1.4, h * k), (w * (1 - k * 0.6), h * k * 0.4), (w * (1 - k * 0.2), h * (1 - k * 0.5)), (0, h)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    img = img.transform((w, h), Image.PERSPECTIVE, perspective_coeffs(src, dst), Image.BICUBIC, fillcolor=(70, 66, 60))
    img = img.rotate(1.2, Image.BICUBIC, expand=False, fillcolor=(70, 66, 60))
    # light from the right fading to shadow at the left, a darker band where a hand's shadow falls, warm paper
    lw, lh = w // 8, h // 8
    light = Image.new("L", (lw, lh))
    px = light.load()
    for y in range(lh):
        for x in range(lw):
            v = 0.62 + 0.33 * (x / lw) - 0.10 * max(0.0, 1 - abs(y / lh - 0.7) / 0.12) * (1 - x / lw)
            px[x, y] = max(0, min(255, int(255 * v)))
    light = light.filter(ImageFilter.GaussianBlur(2)).resize((w, h), Image.BILINEAR)
    tone = Image.merge("RGB", [light.point(lambda v: v * 0.98), light.point(lambda v: v * 0.93), light.point(lambda v: v * 0.82)])
    img = ImageChops.multiply(img, tone)
    img = img.filter(ImageFilter.GaussianBlur(0.9))
    img = noise(img, 10, rnd)
    return img


def scanned(img, angle, rnd):
    img = img.convert("L").rotate(angle, Image.BICUBIC, expand=False, fillcolor=255)
    return noise(img, 8, rnd)


def numbers(img, tmp):
    """Boxes (x0, y0, x1, y1) of the words of digits tesseract reads on the page."""
    path = os.path.join(tmp, "page.png")
    img.save(path)
    out = subprocess.run(["tesseract", path, "-", "-l", "eng", "--psm", "11", "tsv"], check=True,
                         capture_output=True, text=True, env=dict(os.environ, OMP_THREAD_LIMIT="1")).stdout
    boxes = []
    for line in out.splitlines()[1:]:
        f = line.split("\t")
        if len(f) == 12 and f[11].strip().isdigit() and float(f[10]) > 50:
            x, y, bw, bh = map(int, f[6:10])
            boxes.append((x, y, x + bw, y + bh))
    return boxes


def seal(size, rnd):
    """A round official seal in red on white: a ring, a five-pointed star, a band of characters (a few strokes each)
    along the top of the ring (the agency's name), a line under the star."""
    s = size
    img = Image.new("RGB", (s, s), "white")
    d = ImageDraw.Draw(img)
    red = (205, 35, 45)
    r = s / 2 - 4
    c = s / 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=red, width=max(4, s // 40))
    star = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = s * 0.16 if i % 2 == 0 else s * 0.065
        star.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(star, fill=red)
    for i in range(14):
        a = math.radians(-200 + i * 220 / 13)
        x, y = c + r * 0.78 * math.cos(a), c + r * 0.78 * math.sin(a)
        g = s * 0.05
        # a character: a few strokes, across, down and slanted, inside its box
        for _ in range(rnd.randint(3, 6)):
            kind = rnd.choice("-|/\\")
            u, v = rnd.uniform(-g, g), rnd.uniform(-g, g)
            if kind == "-":
                seg = (x - g, y + v, x + g * rnd.uniform(0.2, 1), y + v)
            elif kind == "|":
                seg = (x + u, y - g, x + u, y + g * rnd.uniform(0.2, 1))
            elif kind == "/":
                seg = (x + g * 0.8, y - g * 0.6, x - g * 0.8, y + g)
            else:
                seg = (x - g * 0.3, y, x + g, y + g)
            d.line(seg, fill=red, width=max(2, s // 80))
    d.line((c - s * 0.2, c + s * 0.25, c + s * 0.2, c + s * 0.25), fill=red, width=max(3, s // 60))
    # uneven ink: some of the stamp did not print
    speck = Image.effect_noise((s, s), 60).point(lambda v: 255 if v > 200 else 0)
    img = Image.composite(Image.new("RGB", (s, s), "white"), img, speck.convert("L"))
    return img.rotate(rnd.uniform(-30, 30), Image.BICUBIC, fillcolor="white")


def stamp(img, dpi, boxes, rnd):
    w, h = img.size
    lower = [b for b in boxes if b[1] > h / 3 and w * 0.15 < (b[0] + b[2]) / 2 < w * 0.9]
    if not lower:
        return img, None
    b = rnd.choice(lower)
    size = int(dpi * 1.6)  # a 4 cm seal
    s = seal(size, rnd)
    cx, cy = (b[0] + b[2]) // 2, (b[1] + b[3]) // 2
    layer = Image.new("RGB", img.size, "white")
    layer.paste(s, (cx - size // 2, cy - size // 2))
    return ImageChops.multiply(img, layer), b


def crop(pdf, page, box, out):
    tmp = tempfile.mkdtemp()
    try:
        subprocess.run(["pdfimages", "-j", "-f", page, "-l", page, pdf, os.path.join(tmp, "i")], check=True)
        img = Image.open(os.path.join(tmp, sorted(os.listdir(tmp))[0])).convert("RGB")
        img.crop(tuple(int(v) for v in box)).save(out, "JPEG", quality=92)
    finally:
        shutil.rmtree(tmp)


def main():
    if sys.argv[1] == "--crop":
        crop(sys.argv[2], sys.argv[3], sys.argv[4:8], sys.argv[8])
        return
    corpus, out = sys.argv[1], sys.argv[2]
    ids = sys.argv[3:] or sorted(d for d in os.listdir(corpus) if os.path.isfile(os.path.join(corpus, d, "scan-seal.pdf")))
    forms = os.environ.get("FORMS", "phone,dpi100,sealnum").split(",")
    tmp = tempfile.mkdtemp()
    try:
        for rid in ids:
            src = os.path.join(corpus, rid)
            dst = os.path.join(out, rid)
            os.makedirs(dst, exist_ok=True)
            shutil.copy(os.path.join(src, "truth.json"), dst)
            if "phone" in forms:
                rnd = random.Random(rid + "phone")
                pages = render(os.path.join(src, "chrome.pdf"), 200, False, tmp)
                write_pdf([(phone(p, rnd), 200) for p in pages], os.path.join(dst, "phone.pdf"), 55)
            if "dpi100" in forms:
                dpi = int(os.environ.get("DPI", "100"))
                rnd = random.Random(rid + "dpi100")
                pages = render(os.path.join(src, "chrome.pdf"), dpi, True, tmp)
                write_pdf([(scanned(p, rnd.uniform(-0.5, 0.5), rnd), dpi) for p in pages], os.path.join(dst, "dpi%d.pdf" % dpi), 75)
            if "sealnum" not in forms:
                continue
            rnd = random.Random(rid + "sealnum")
            stamped = []
            where = []
            for img, dpi in embedded(os.path.join(src, "scan-seal.pdf"), tmp):
                img, b = stamp(img, dpi, numbers(img, tmp), rnd)
                stamped.append((img, dpi))
                where.append(b)
            write_pdf(stamped, os.path.join(dst, "sealnum.pdf"), 85)
            print(rid, "seals centred on the number boxes", where)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
