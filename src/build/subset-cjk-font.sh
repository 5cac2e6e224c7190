#!/bin/sh
# Regenerates the Chinese font the app ships (resources/gopatterns/ui/fonts/GoPatternsCJK-Regular.ttf): the
# glyphs of Noto Sans CJK SC (SIL Open Font License 1.1, see OFL.txt beside the font) for every character of
# the message bundles and the UI sources, plus printable ASCII. Run it from the project root
# after a change to a Chinese string; CjkFontCoverageTest fails, naming the characters, until it is run.
#
# Needs: Debian's fonts-noto-cjk and fonttools (apt-get install -y fonts-noto-cjk fonttools).
#
# Why a TrueType conversion: Noto CJK has CFF (PostScript) outlines, which JavaFX does not render on every
# platform; the glyphs are converted to quadratic TrueType outlines. The family is renamed to
# "GoPatterns CJK", so it never shadows a full Noto CJK installed on the system.
set -eu
SOURCE=${NOTO_CJK:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}
OUT=resources/gopatterns/ui/fonts/GoPatternsCJK-Regular.ttf
PYTHON=${PYTHON:-/usr/bin/python3}
[ -f "$SOURCE" ] || { echo "missing $SOURCE: apt-get install -y fonts-noto-cjk" >&2; exit 1; }
[ -d resources/gopatterns/ui ] || { echo "run from the project root" >&2; exit 1; }
exec "$PYTHON" - "$SOURCE" "$OUT" <<'PY'
import pathlib, re, sys
from fontTools.ttLib import TTCollection, newTable
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

source, out = sys.argv[1], sys.argv[2]

def properties_text(path):
    # Java properties: \uXXXX escapes; everything else is UTF-8 text.
    text = path.read_text(encoding="utf-8")
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)

chars = set(chr(c) for c in range(0x20, 0x7F))
files = sorted(pathlib.Path("resources").rglob("*.properties"))
for p in files:
    chars.update(properties_text(p) if p.suffix == ".properties" else p.read_text(encoding="utf-8"))
for p in sorted(pathlib.Path("src/main/java/gopatterns/ui").rglob("*.java")):
    chars.update(c for c in p.read_text(encoding="utf-8") if ord(c) > 0x7F)
chars = sorted(c for c in chars if c.isprintable() or c == "\u3000")

SC = 2  # index of Noto Sans CJK SC in the collection
font = TTCollection(source).fonts[SC]
missing = [c for c in chars if ord(c) not in font.getBestCmap()]
options = subset.Options()
options.layout_features = ["kern", "palt", "vert", "locl"]
options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
options.notdef_outline = True
options.hinting = False
options.desubroutinize = True
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=[ord(c) for c in chars])
subsetter.subset(font)

# CFF -> TrueType (quadratic outlines), as fontTools' otf2ttf snippet does.
order = font.getGlyphOrder()
glyph_set = font.getGlyphSet()
glyphs = {}
for name in order:
    pen = TTGlyphPen(glyph_set)
    glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyphs[name] = pen.glyph()
font["loca"] = newTable("loca")
font["glyf"] = glyf = newTable("glyf")
glyf.glyphOrder = order
glyf.glyphs = glyphs
del font["CFF "]
for t in ("VORG",):
    if t in font:
        del font[t]
glyf.compile(font)
hmtx = font["hmtx"]
for name, g in glyf.glyphs.items():
    width, _ = hmtx.metrics[name]
    hmtx.metrics[name] = (width, getattr(g, "xMin", 0))
maxp = font["maxp"] = newTable("maxp")
maxp.tableVersion = 0x00010000
for attr in ("maxZones",):
    setattr(maxp, attr, 1)
for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
             "maxSizeOfInstructions", "maxComponentElements"):
    setattr(maxp, attr, 0)
font["post"].formatType = 3.0
font["head"].glyphDataFormat = 0
font.sfntVersion = "\x00\x01\x00\x00"

FAMILY = "GoPatterns CJK"
for record in font["name"].names:
    if record.nameID in (1, 16):
        record.string = FAMILY
    elif record.nameID == 4:
        record.string = FAMILY + " Regular"
    elif record.nameID == 6:
        record.string = "GoPatternsCJK-Regular"
    elif record.nameID == 3:
        record.string = "GoPatternsCJK-Regular (subset of Noto Sans CJK SC)"
font["name"].names = [r for r in font["name"].names if r.nameID not in (16, 17)]
# The same strings give the same bytes: keep the source's timestamp rather than the time of the run.
font.recalcTimestamp = False
font.save(out)
print(f"{out}: {len(chars)} characters, {len(order)} glyphs, {pathlib.Path(out).stat().st_size} bytes")
if missing:
    print("not in Noto Sans CJK SC:", " ".join(f"U+{ord(c):04X}" for c in missing), file=sys.stderr)
PY
