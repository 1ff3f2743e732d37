"""Glyph names of an embedded TrueType font: which character each code of a simple font draws.

A TrueType font re-embedded without an ``/Encoding`` or ``/ToUnicode`` map (Ghostscript's
pdfwrite marks it symbolic and gives it a Macintosh (1, 0) and a Microsoft symbol (3, 0) cmap
keyed by the PDF's own codes) says what its glyphs are only by their names in its ``post``
table. Poppler reads those names (code -> cmap -> glyph -> name -> character); PDFium takes
the codes for Mac Roman, so "één" became "ÈÈn". :func:`code_chars` gives the names' reading.

Only the few tables needed are parsed (``cmap`` formats 0, 4 and 6, ``post`` formats 1 and 2);
anything else, or a damaged table, gives no map. A name's character is the Adobe Glyph List's,
as pdfminer reads it (``eacute``, ``uni00E9``, ``a.sc``).
"""

from __future__ import annotations

import struct

from pdfminer.encodingdb import name2unicode

__all__ = ["code_chars"]

# The 258 standard Macintosh glyph names, which post table formats 1 and 2 refer to by number.
_NAMES_TEXT = (
    ".notdef .null nonmarkingreturn space exclam quotedbl numbersign dollar percent ampersand "
    "quotesingle parenleft parenright asterisk plus comma hyphen period slash zero one two "
    "three four five six seven eight nine colon semicolon less equal greater question at A B C "
    "D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright "
    "asciicircum underscore grave a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft "
    "bar braceright asciitilde Adieresis Aring Ccedilla Eacute Ntilde Odieresis Udieresis "
    "aacute agrave acircumflex adieresis atilde aring ccedilla eacute egrave ecircumflex "
    "edieresis iacute igrave icircumflex idieresis ntilde oacute ograve ocircumflex odieresis "
    "otilde uacute ugrave ucircumflex udieresis dagger degree cent sterling section bullet "
    "paragraph germandbls registered copyright trademark acute dieresis notequal AE Oslash "
    "infinity plusminus lessequal greaterequal yen mu partialdiff summation product pi integral "
    "ordfeminine ordmasculine Omega ae oslash questiondown exclamdown logicalnot radical florin "
    "approxequal Delta guillemotleft guillemotright ellipsis nonbreakingspace Agrave Atilde "
    "Otilde OE oe endash emdash quotedblleft quotedblright quoteleft quoteright divide lozenge "
    "ydieresis Ydieresis fraction currency guilsinglleft guilsinglright fi fl daggerdbl "
    "periodcentered quotesinglbase quotedblbase perthousand Acircumflex Ecircumflex Aacute "
    "Edieresis Egrave Iacute Icircumflex Idieresis Igrave Oacute Ocircumflex apple Ograve "
    "Uacute Ucircumflex Ugrave dotlessi circumflex tilde macron breve dotaccent ring cedilla "
    "hungarumlaut ogonek caron Lslash lslash Scaron scaron Zcaron zcaron brokenbar Eth eth "
    "Yacute yacute Thorn thorn minus multiply onesuperior twosuperior threesuperior onehalf "
    "onequarter threequarters franc Gbreve gbreve Idotaccent Scedilla scedilla Cacute cacute "
    "Ccaron ccaron dcroat "
)
_MAC_NAMES = tuple(_NAMES_TEXT.split())


def _tables(data: bytes) -> dict[bytes, tuple[int, int]]:
    """The font's table directory: tag -> (offset, length)."""
    if data[:4] not in {b"\x00\x01\x00\x00", b"true"} or len(data) < 12:
        return {}
    (count,) = struct.unpack_from(">H", data, 4)
    out = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        out[tag] = (offset, length)
    return out


def _cmap(data: bytes, offset: int, platform: int, encoding: int) -> dict[int, int]:
    """The (platform, encoding) subtable of a cmap table at ``offset``: code -> glyph index, for
    the one-byte codes (a simple font's; format 6 may give more, which the caller drops)."""
    (_, count) = struct.unpack_from(">HH", data, offset)
    for i in range(count):
        p, e, sub = struct.unpack_from(">HHI", data, offset + 4 + 8 * i)
        if (p, e) != (platform, encoding):
            continue
        at = offset + sub
        (fmt,) = struct.unpack_from(">H", data, at)
        if fmt == 0:
            return {code: g for code, g in enumerate(data[at + 6 : at + 262]) if g}
        if fmt == 6:
            first, n = struct.unpack_from(">HH", data, at + 6)
            return {first + k: g for k, g in enumerate(struct.unpack_from(f">{n}H", data, at + 10)) if g}
        if fmt == 4:
            (segx2,) = struct.unpack_from(">H", data, at + 6)
            n = segx2 // 2
            ends = struct.unpack_from(f">{n}H", data, at + 14)
            starts = struct.unpack_from(f">{n}H", data, at + 16 + segx2)
            deltas = struct.unpack_from(f">{n}h", data, at + 16 + 2 * segx2)
            range_at = at + 16 + 3 * segx2
            ranges = struct.unpack_from(f">{n}H", data, range_at)
            out = {}
            for k in range(n):
                # (only one-byte codes are asked for: a segment's codes above 0xFF are not read,
                # a damaged table's segment of all 65,535 codes included)
                for code in range(starts[k], min(ends[k], 0xFF) + 1):
                    if ranges[k]:
                        at_g = range_at + 2 * k + ranges[k] + 2 * (code - starts[k])
                        (g,) = struct.unpack_from(">H", data, at_g)
                        g = (g + deltas[k]) & 0xFFFF if g else 0
                    else:
                        g = (code + deltas[k]) & 0xFFFF
                    if g:
                        out[code] = g
            return out
        return {}
    return {}


def _names(data: bytes, offset: int, length: int) -> list[str]:
    """The glyph names of a post table at ``offset`` (formats 1 and 2; others give none)."""
    (fmt,) = struct.unpack_from(">I", data, offset)
    if fmt == 0x00010000:
        return list(_MAC_NAMES)
    if fmt != 0x00020000:
        return []
    (n,) = struct.unpack_from(">H", data, offset + 32)
    index = struct.unpack_from(f">{n}H", data, offset + 34)
    extra = []
    at, end = offset + 34 + 2 * n, offset + length
    while at < end:
        size = data[at]
        extra.append(data[at + 1 : at + 1 + size].decode("latin-1"))
        at += 1 + size
    return [_MAC_NAMES[i] if i < 258 else extra[i - 258] if i - 258 < len(extra) else "" for i in index]


def _char(name: str) -> str | None:
    """The character a glyph name stands for by the Adobe Glyph List ("eacute", "uni00E9",
    "a.sc"), or None: no name, no character (".notdef") or more than one ("f_i")."""
    try:
        char = name2unicode(name)
    except (KeyError, ValueError):
        return None
    return char if len(char) == 1 else None


def code_chars(data: bytes) -> dict[int, str]:
    """Code -> character of a simple TrueType font by its glyph names, through its Macintosh
    (1, 0) cmap: the codes a PDFium reading takes for Mac Roman when the font has no encoding.
    Empty for anything else (another font format, no such cmap, no glyph names, damage)."""
    try:
        tables = _tables(data)
        if b"cmap" not in tables or b"post" not in tables:
            return {}
        glyphs = _cmap(data, tables[b"cmap"][0], 1, 0)
        if not glyphs:
            return {}
        names = _names(data, *tables[b"post"])
        out = {}
        for code, g in glyphs.items():
            char = _char(names[g]) if g < len(names) else None
            if char is not None and code < 256:
                out[code] = char
        return out
    except (struct.error, IndexError, ValueError):
        return {}
