"""app.imaging: sniffing, EXIF extraction, stripped derivatives, hostile input.

Every fixture is generated in tmp_path; no binary fixture lives in the repository.
"""

from __future__ import annotations

import builtins
import contextlib
import io
import os
import random
import struct
import tempfile
import warnings
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageCms, PngImagePlugin, TiffImagePlugin, features

from app import imaging
from storage.errors import InvalidInput, NotFound

R = TiffImagePlugin.IFDRational
CAMERA_MAKE = "Acmecam"
CAMERA_MODEL = "Zeta-9000 Secret Serial"
RED, BLUE = (220, 20, 20), (20, 20, 220)


# --- helpers ----------------------------------------------------------------------


def two_halves(size: tuple[int, int], mode: str = "RGB") -> Image.Image:
    """Left half red, right half blue: shows which way a transpose went."""
    w, h = size
    im = Image.new("RGB", size, BLUE)
    im.paste(RED, (0, 0, w // 2, h))
    return im.convert(mode) if mode != "RGB" else im


def full_exif(lat_ref: str = "N", lon_ref: str = "E", orientation: int = 6) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = CAMERA_MAKE
    exif[0x0110] = CAMERA_MODEL
    exif[0x0112] = orientation
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = "2023:07:14 09:30:15"
    sub[0x9011] = "+05:00"
    gps = exif.get_ifd(0x8825)
    gps[1] = lat_ref
    gps[2] = (R(43, 1), R(14, 1), R(3051, 100))
    gps[3] = lon_ref
    gps[4] = (R(76, 1), R(53, 1), R(4, 1))
    return exif


def save(im: Image.Image, path: Path, fmt: str, **params: object) -> Path:
    im.save(path, fmt, **params)
    return path


def reopen(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def assert_stripped(data: bytes, *secrets: bytes) -> None:
    im = reopen(data)
    assert im.format == "JPEG"
    assert im.mode == "RGB"
    assert len(im.getexif()) == 0
    for key in ("exif", "icc_profile", "xmp", "comment", "photoshop", "adobe"):
        assert key not in im.info, key
    for marker in (b"Exif\x00", b"ICC_PROFILE", b"http://ns.adobe.com/xap", b"\xff\xfe"):
        assert marker not in data, marker
    for secret in (CAMERA_MAKE.encode(), CAMERA_MODEL.encode(), *secrets):
        assert secret not in data


def near(pixel: tuple[int, ...], colour: tuple[int, int, int], tol: int = 40) -> bool:
    return all(abs(a - b) <= tol for a, b in zip(pixel, colour, strict=True))


def png_chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def raw_tiff_exif(ifd0: list[tuple[int, int, int, bytes]], gps: list | None = None) -> bytes:
    """A little-endian EXIF block built by hand, so it can say things Pillow would
    never write. Entries are (tag, type, count, value bytes)."""

    def ifd(entries: list[tuple[int, int, int, bytes]], at: int) -> tuple[bytes, bytes]:
        head = struct.pack("<H", len(entries))
        data = b""
        data_at = at + 2 + 12 * len(entries) + 4
        for tag, typ, count, value in entries:
            if len(value) <= 4:
                head += struct.pack("<HHI", tag, typ, count) + value.ljust(4, b"\x00")
            else:
                head += struct.pack("<HHII", tag, typ, count, data_at + len(data))
                data += value + (b"\x00" if len(value) % 2 else b"")
        return head + b"\x00\x00\x00\x00", data

    entries = list(ifd0)
    if gps is not None:
        entries.append((0x8825, 4, 1, b"GPSP"))  # patched below
    entries.sort(key=lambda e: e[0])
    head, data = ifd(entries, 8)
    blob = b"II*\x00" + struct.pack("<I", 8) + head + data
    if gps is not None:
        gps_at = len(blob)
        blob = blob.replace(b"GPSP", struct.pack("<I", gps_at), 1)
        gps_head, gps_data = ifd(gps, gps_at)
        blob += gps_head + gps_data
    return b"Exif\x00\x00" + blob


def rational(*pairs: tuple[int, int]) -> bytes:
    return b"".join(struct.pack("<II", n, d) for n, d in pairs)


# --- sniffing ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "mime", "kind"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "image/jpeg", "photo"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png", "photo"),
        (b"II*\x00\x08\x00\x00\x00", "image/tiff", "photo"),
        (b"MM\x00*\x00\x00\x00\x08", "image/tiff", "photo"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "image/webp", "photo"),
        (b"GIF89a\x01\x00\x01\x00", "image/gif", "photo"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", "image/heic", "photo"),
        (b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1heic", "image/heic", "photo"),
        (b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf", "image/avif", "photo"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "application/pdf", "scan"),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00", "audio/mpeg", "audio"),
        (b"\xff\xfb\x90\x64\x00\x00\x00\x00", "audio/mpeg", "audio"),
        (b"OggS\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00OpusHead", "audio/ogg", "audio"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", "audio/wav", "audio"),
        (b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00M4A mp42isom", "audio/mp4", "audio"),
        (b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41", "video/mp4", "video"),
        (b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  ", "video/quicktime", "video"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", "video/webm", "video"),
        (b"\x1a\x45\xdf\xa3\xa3\x42\x86\x81\x01\x42\x82\x88matroska", "video/x-matroska", "video"),
        (b"PK\x03\x04\x14\x00\x00\x00\x00\x00" + b"\x00" * 20 + b"mimetype"
         b"application/vnd.oasis.opendocument.textPK", "application/vnd.oasis.opendocument.text",
         "document"),
        ("Свидетельство: протокол допроса\n".encode(), "text/plain", "document"),
        (bytes(range(256)) * 4, "application/octet-stream", "other"),
        (b"", "application/octet-stream", "other"),
    ],
)  # fmt: skip
def test_sniff_mime(tmp_path: Path, head: bytes, mime: str, kind: str) -> None:
    path = tmp_path / "evidence.bin"  # the name never matters
    path.write_bytes(head)
    assert imaging.sniff_mime(path) == mime
    assert imaging.evidence_type(mime) == kind


def test_sniff_ignores_extension(tmp_path: Path) -> None:
    path = tmp_path / "holiday.jpg"
    path.write_bytes(b"%PDF-1.4\n")
    assert imaging.sniff_mime(path) == "application/pdf"


def test_sniff_real_files(tmp_path: Path) -> None:
    im = Image.new("RGB", (8, 8), RED)
    for fmt, mime in (("JPEG", "image/jpeg"), ("PNG", "image/png"), ("TIFF", "image/tiff"),
                      ("WEBP", "image/webp"), ("GIF", "image/gif")):  # fmt: skip
        assert imaging.sniff_mime(save(im, tmp_path / f"x.{fmt}", fmt)) == mime


def test_evidence_type_and_is_image_mime() -> None:
    assert imaging.evidence_type("IMAGE/JPEG; charset=binary") == "photo"
    assert imaging.evidence_type("application/octet-stream") == "other"
    assert imaging.evidence_type("application/zip") == "other"
    for mime in ("image/jpeg", "image/png", "image/tiff", "image/webp", "image/gif"):
        assert imaging.is_image_mime(mime)
    for mime in ("image/heic", "application/pdf", "video/mp4", "text/plain", ""):
        assert not imaging.is_image_mime(mime)


def test_sniff_missing_and_folder(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        imaging.sniff_mime(tmp_path / "nope.jpg")
    with pytest.raises(InvalidInput, match=r"folder|regular"):
        imaging.sniff_mime(tmp_path)


# --- EXIF and orientation ---------------------------------------------------------


def test_jpeg_exif_metadata_and_rotation(tmp_path: Path) -> None:
    before = set(tmp_path.iterdir())
    path = save(two_halves((40, 20)), tmp_path / "injury.jpg", "JPEG", exif=full_exif())
    before.add(path)
    d = imaging.make_derivatives(path)

    assert d.meta == imaging.ImageMeta(
        width=20,  # upright, like the derivatives
        height=40,
        format="JPEG",
        captured_at="2023-07-14T09:30:15+05:00",
        gps={
            "lat_e7": round((43 + 14 / 60 + 30.51 / 3600) * 10**7),
            "lon_e7": round((76 + 53 / 60 + 4 / 3600) * 10**7),
        },
        camera=f"{CAMERA_MAKE} {CAMERA_MODEL}",
        orientation=6,
    )
    # Orientation 6: rotate 90 degrees clockwise, so the left (red) half is on top.
    assert d.display_size == (20, 40)
    display = reopen(d.display)
    assert display.size == (20, 40)
    assert near(display.getpixel((10, 5)), RED)
    assert near(display.getpixel((10, 35)), BLUE)
    assert_stripped(d.display)
    assert_stripped(d.thumb)
    assert set(tmp_path.iterdir()) == before  # nothing written next to the original


def test_gps_south_west_is_negative(tmp_path: Path) -> None:
    path = save(Image.new("RGB", (8, 8)), tmp_path / "sw.jpg", "JPEG",
                exif=full_exif("S", "W", orientation=1))  # fmt: skip
    gps = imaging.make_derivatives(path).meta.gps
    assert gps is not None
    assert gps["lat_e7"] == -round((43 + 14 / 60 + 30.51 / 3600) * 10**7)
    assert gps["lon_e7"] == -round((76 + 53 / 60 + 4 / 3600) * 10**7)


def test_large_jpeg_uses_bounds_and_rotation(tmp_path: Path) -> None:
    path = save(two_halves((3200, 2400)), tmp_path / "big.jpg", "JPEG", exif=full_exif())
    d = imaging.make_derivatives(path)
    assert (d.meta.width, d.meta.height) == (2400, 3200)
    assert d.display_size == (1200, 1600)
    assert d.thumb_size == (192, 256)
    assert reopen(d.display).size == d.display_size
    thumb = reopen(d.thumb)
    assert thumb.size == d.thumb_size
    assert near(thumb.getpixel((96, 10)), RED)
    assert near(thumb.getpixel((96, 245)), BLUE)
    assert_stripped(d.display)
    assert_stripped(d.thumb)


def test_small_image_is_not_enlarged(tmp_path: Path) -> None:
    d = imaging.make_derivatives(save(Image.new("RGB", (100, 50)), tmp_path / "s.png", "PNG"))
    assert d.display_size == (100, 50)
    assert d.thumb_size == (100, 50)


def test_no_orientation_keeps_landscape(tmp_path: Path) -> None:
    d = imaging.make_derivatives(save(two_halves((2000, 1000)), tmp_path / "l.jpg", "JPEG"))
    assert d.meta.orientation == 1
    assert d.display_size == (1600, 800)
    assert d.thumb_size == (256, 128)
    assert d.meta.captured_at is None and d.meta.gps is None and d.meta.camera is None


def test_tiff_orientation_applied_once(tmp_path: Path) -> None:
    """Pillow transposes TIFFs itself on load; it must not be rotated a second time."""
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = CAMERA_MAKE
    path = save(two_halves((40, 20)), tmp_path / "scan.tif", "TIFF", exif=exif)
    d = imaging.make_derivatives(path)
    assert d.meta.orientation == 6
    assert (d.meta.width, d.meta.height) == (20, 40)
    display = reopen(d.display)
    assert display.size == (20, 40)
    assert near(display.getpixel((10, 5)), RED)
    assert near(display.getpixel((10, 35)), BLUE)
    assert d.meta.camera == CAMERA_MAKE
    assert_stripped(d.display)


def test_jpeg_comment_xmp_icc_are_stripped(tmp_path: Path) -> None:
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">Victim: Secret Person</x:xmpmeta>'
    path = save(Image.new("RGB", (64, 64), RED), tmp_path / "c.jpg", "JPEG",
                comment=b"Interrogation room 4", icc_profile=icc, xmp=xmp,
                exif=full_exif(orientation=1))  # fmt: skip
    assert b"Interrogation room 4" in path.read_bytes()
    d = imaging.make_derivatives(path)
    for data in (d.display, d.thumb):
        assert_stripped(data, b"Interrogation room 4", b"Secret Person")


def test_png_text_chunks_are_stripped(tmp_path: Path) -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Secret Author Name")
    info.add_text("Comment", "Secret compressed comment " * 20, zip=True)
    info.add_itxt("Description", "Secret international text", lang="ru")
    exif = full_exif(orientation=1)
    path = save(Image.new("RGB", (300, 200), RED), tmp_path / "t.png", "PNG",
                pnginfo=info, exif=exif)  # fmt: skip
    d = imaging.make_derivatives(path)
    assert d.meta.format == "PNG"
    assert d.meta.camera == f"{CAMERA_MAKE} {CAMERA_MODEL}"  # read from the eXIf chunk
    assert d.meta.captured_at == "2023-07-14T09:30:15+05:00"
    for data in (d.display, d.thumb):
        assert_stripped(data, b"Secret")
        assert not {"Author", "Comment", "Description"} & set(reopen(data).info)


def test_model_repeating_make_is_not_doubled(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS R6"
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = "2024:02:29 23:59:59"  # leap day, no offset
    path = save(Image.new("RGB", (8, 8)), tmp_path / "c.jpg", "JPEG", exif=exif)
    meta = imaging.make_derivatives(path).meta
    assert meta.camera == "Canon EOS R6"
    assert meta.captured_at == "2024-02-29T23:59:59"


# --- colour modes -----------------------------------------------------------------


def test_cmyk_jpeg(tmp_path: Path) -> None:
    im = Image.new("CMYK", (300, 200), (0, 255, 255, 0))  # red in CMYK
    d = imaging.make_derivatives(save(im, tmp_path / "cmyk.jpg", "JPEG"))
    out = reopen(d.display)
    assert out.mode == "RGB"
    assert near(out.getpixel((150, 100)), (255, 0, 0), tol=60)


def test_rgba_png_flattened_on_white(tmp_path: Path) -> None:
    im = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    im.paste((0, 0, 255, 255), (0, 0, 100, 100))
    d = imaging.make_derivatives(save(im, tmp_path / "a.png", "PNG"))
    out = reopen(d.display)
    assert near(out.getpixel((50, 50)), (0, 0, 255))
    assert near(out.getpixel((150, 50)), (255, 255, 255))


def test_la_png(tmp_path: Path) -> None:
    im = Image.new("LA", (50, 50), (0, 0))
    im.paste((0, 255), (0, 0, 25, 50))
    out = reopen(imaging.make_derivatives(save(im, tmp_path / "la.png", "PNG")).display)
    assert near(out.getpixel((10, 25)), (0, 0, 0))
    assert near(out.getpixel((40, 25)), (255, 255, 255))


@pytest.mark.parametrize("fmt", ["PNG", "GIF"])
def test_palette_with_transparency(tmp_path: Path, fmt: str) -> None:
    im = two_halves((60, 30)).convert("P", palette=Image.Palette.ADAPTIVE, colors=4)
    blue_index = im.getpixel((50, 15))
    path = save(im, tmp_path / f"p.{fmt}", fmt, transparency=blue_index)
    out = reopen(imaging.make_derivatives(path).display)
    assert out.mode == "RGB"
    assert near(out.getpixel((10, 15)), RED)
    assert near(out.getpixel((50, 15)), (255, 255, 255))  # transparent -> white


def test_16_bit_greyscale_is_scaled_not_clipped(tmp_path: Path) -> None:
    row = struct.pack("<32H", *[32768] * 32) + struct.pack("<32H", *[0] * 32)
    im = Image.frombytes("I;16", (64, 64), row * 64)  # left half mid grey in 16 bits
    assert im.getpixel((10, 10)) == 32768
    out = reopen(imaging.make_derivatives(save(im, tmp_path / "g16.png", "PNG")).display)
    assert near(out.getpixel((10, 10)), (128, 128, 128), tol=6)
    assert near(out.getpixel((50, 10)), (0, 0, 0), tol=6)


def test_bilevel_tiff_and_webp(tmp_path: Path) -> None:
    bilevel = Image.new("1", (40, 40), 1)
    d = imaging.make_derivatives(save(bilevel, tmp_path / "b.tif", "TIFF"))
    assert near(reopen(d.display).getpixel((5, 5)), (255, 255, 255))
    webp = save(Image.new("RGB", (2400, 1200), RED), tmp_path / "w.webp", "WEBP",
                exif=full_exif(orientation=1))  # fmt: skip
    d = imaging.make_derivatives(webp)
    assert d.meta.format == "WEBP" and d.meta.camera
    assert d.display_size == (1600, 800)
    assert_stripped(d.display)


# --- hostile and broken input -----------------------------------------------------


def bomb_png(path: Path, width: int = 50_000, height: int = 50_000) -> Path:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + png_chunk(b"IEND", b"")
    )
    return path


def test_decompression_bomb_png(tmp_path: Path) -> None:
    path = bomb_png(tmp_path / "bomb.png")
    assert path.stat().st_size < 200
    with pytest.raises(InvalidInput, match=r"bomb\.png"):
        imaging.make_derivatives(path)


def test_own_pixel_cap_without_pillow_limit(tmp_path: Path, monkeypatch) -> None:
    """Our cap holds even if the application switched Pillow's check off."""
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", None)
    with pytest.raises(InvalidInput, match="50000x50000"):
        imaging.make_derivatives(bomb_png(tmp_path / "bomb.png"))
    monkeypatch.setattr(imaging, "MAX_PIXELS", 10_000)
    with pytest.raises(InvalidInput, match="megapixels"):
        imaging.make_derivatives(save(Image.new("RGB", (200, 200)), tmp_path / "m.png", "PNG"))


def test_pillow_bomb_warning_becomes_invalid_input(tmp_path: Path, monkeypatch) -> None:
    """Between MAX_IMAGE_PIXELS and twice that Pillow only warns; that is refused too,
    and the warnings filters are the same afterwards."""
    path = save(Image.new("RGB", (200, 200)), tmp_path / "w.png", "PNG")
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 30_000)  # 40_000 px: warning range
    with warnings.catch_warnings():
        warnings.simplefilter("default")  # a plain warning here would not raise
        filters = list(warnings.filters)
        with pytest.raises(InvalidInput, match="decompression bomb"):
            imaging.make_derivatives(path)
        assert warnings.filters == filters
    assert Image.MAX_IMAGE_PIXELS == 30_000


def test_truncated_jpeg(tmp_path: Path) -> None:
    rng = random.Random(7)
    noisy = Image.frombytes("RGB", (400, 300), rng.randbytes(400 * 300 * 3))
    full = save(noisy, tmp_path / "full.jpg", "JPEG", exif=full_exif())
    data = full.read_bytes()
    half = tmp_path / "half.jpg"
    half.write_bytes(data[: len(data) // 2])
    with pytest.raises(InvalidInput, match=r"half\.jpg"):
        imaging.make_derivatives(half)
    big = save(two_halves((3200, 2400)), tmp_path / "big.jpg", "JPEG")  # the draft path
    cut = tmp_path / "bigcut.jpg"
    cut.write_bytes(big.read_bytes()[: big.stat().st_size // 2])
    with pytest.raises(InvalidInput):
        imaging.make_derivatives(cut)


@pytest.mark.parametrize("fmt", ["PNG", "TIFF", "GIF", "WEBP"])
def test_truncated_other_formats(tmp_path: Path, fmt: str) -> None:
    rng = random.Random(3)
    noisy = Image.frombytes("RGB", (200, 200), rng.randbytes(200 * 200 * 3))
    data = save(noisy, tmp_path / "full", fmt).read_bytes()
    cut = tmp_path / "cut"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(InvalidInput):
        imaging.make_derivatives(cut)


def test_random_bytes_named_jpg(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(random.Random(1).randbytes(5000))
    with pytest.raises(InvalidInput, match=r"photo\.jpg"):
        imaging.make_derivatives(path)
    path.write_bytes(b"\xff\xd8\xff" + random.Random(2).randbytes(5000))  # magic, then junk
    with pytest.raises(InvalidInput):
        imaging.make_derivatives(path)


def test_non_images_and_heic_refused(tmp_path: Path) -> None:
    pdf = tmp_path / "doc.jpg"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj\n")
    with pytest.raises(InvalidInput, match="application/pdf"):
        imaging.make_derivatives(pdf)
    heic = tmp_path / "IMG_0001.HEIC"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64)
    with pytest.raises(InvalidInput, match="HEIC"):
        imaging.make_derivatives(heic)
    with pytest.raises(NotFound):
        imaging.make_derivatives(tmp_path / "missing.jpg")


def test_zero_denominator_gps_and_garbage_date(tmp_path: Path) -> None:
    exif = full_exif(orientation=1)
    exif.get_ifd(0x8769)[0x9003] = "2023:13:45 25:61:99"
    exif.get_ifd(0x8825)[2] = (R(43, 0), R(14, 1), R(0, 1))
    path = save(Image.new("RGB", (16, 16)), tmp_path / "z.jpg", "JPEG", exif=exif)
    meta = imaging.make_derivatives(path).meta
    assert meta.gps is None
    assert meta.captured_at is None
    assert meta.camera == f"{CAMERA_MAKE} {CAMERA_MODEL}"  # the rest survives


def test_garbage_original_date_falls_back_to_datetime(tmp_path: Path) -> None:
    exif = full_exif(orientation=1)
    exif.get_ifd(0x8769)[0x9003] = "0000:00:00 00:00:00"
    exif.get_ifd(0x8769)[0x9010] = "+99:00"  # absurd offset: dropped, date kept
    exif[0x0132] = "2022:01:02 03:04:05"
    path = save(Image.new("RGB", (16, 16)), tmp_path / "f.jpg", "JPEG", exif=exif)
    assert imaging.make_derivatives(path).meta.captured_at == "2022-01-02T03:04:05"


@pytest.mark.parametrize(
    ("lat", "lon"),
    [
        ((R(91, 1), R(0, 1), R(0, 1)), (R(10, 1), R(0, 1), R(0, 1))),  # past the pole
        ((R(10, 1), R(75, 1), R(0, 1)), (R(10, 1), R(0, 1), R(0, 1))),  # 75 minutes
        ((R(10, 1), R(0, 1), R(0, 1)), (R(2**32 - 1, 1), R(0, 1), R(0, 1))),  # huge
        ((R(10, 1),), (R(0, 0),)),  # short and NaN
    ],
)
def test_absurd_gps_dropped(tmp_path: Path, lat: tuple, lon: tuple) -> None:
    exif = full_exif(orientation=1)
    exif.get_ifd(0x8825)[2] = lat
    exif.get_ifd(0x8825)[4] = lon
    path = save(Image.new("RGB", (16, 16)), tmp_path / "g.jpg", "JPEG", exif=exif)
    assert imaging.make_derivatives(path).meta.gps is None


def test_hand_made_hostile_exif(tmp_path: Path) -> None:
    """Wrong types, non-UTF-8 text, out-of-range offsets and unknown types."""
    ascii_type, short, rational_type, long_type = 2, 3, 5, 4
    ifd0 = [
        (0x010F, ascii_type, 6, b"\xff\xfe\xc0X\x01\x00"),  # Make: not UTF-8
        (0x0110, ascii_type, 6, b"Pixel\x00"),  # Model: fine
        (0x0112, ascii_type, 2, b"6\x00"),  # Orientation as text
        (0x0132, short, 1, b"\x07\x00"),  # DateTime as a number
        (0x013B, ascii_type, 0xFFFFFFF0, b"\xf0\xff\xff\x0f"),  # huge count, bad offset
        (0x9999, 99, 1, b"\x00\x00\x00\x00"),  # unknown type
    ]
    gps = [
        (1, ascii_type, 2, b"N\x00"),
        (2, ascii_type, 12, b"43.2 degrees"),  # latitude as text
        (3, ascii_type, 2, b"Q\x00"),  # no such hemisphere
        (4, rational_type, 3, rational((76, 1), (53, 0), (4, 1))),
        (6, long_type, 0x7FFFFFFF, b"\xff\xff\xff\x7f"),
    ]
    path = save(two_halves((40, 20)), tmp_path / "h.jpg", "JPEG", exif=raw_tiff_exif(ifd0, gps))
    d = imaging.make_derivatives(path)
    assert d.meta.camera == "Pixel"
    assert d.meta.orientation == 1
    assert d.meta.gps is None
    assert d.meta.captured_at is None
    assert d.display_size == (40, 20)  # not rotated
    assert_stripped(d.display, b"Pixel")


@pytest.mark.parametrize(
    "blob",
    [
        b"Exif\x00\x00II*\x00\xff\xff\xff\x7f",  # IFD offset past the end
        b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff",  # entry count with no entries
        b"Exif\x00\x00garbage that is not TIFF at all",
        b"Exif\x00\x00",
    ],
)
def test_broken_exif_block_is_ignored(tmp_path: Path, blob: bytes) -> None:
    path = save(Image.new("RGB", (32, 16)), tmp_path / "b.jpg", "JPEG", exif=blob)
    d = imaging.make_derivatives(path)
    assert d.meta.orientation == 1
    assert (d.meta.captured_at, d.meta.gps, d.meta.camera) == (None, None, None)
    assert_stripped(d.display)


def test_fuzzed_jpeg_never_escapes_as_a_bug(tmp_path: Path) -> None:
    """Flipped bytes anywhere: a derivative or InvalidInput, nothing else."""
    data = bytearray(save(two_halves((64, 48)), tmp_path / "o.jpg", "JPEG",
                          exif=full_exif()).read_bytes())  # fmt: skip
    rng = random.Random(11)
    path = tmp_path / "f.jpg"
    for _ in range(150):
        mutated = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            mutated[rng.randrange(3, len(mutated))] = rng.randrange(256)
        path.write_bytes(bytes(mutated))
        with contextlib.suppress(InvalidInput):
            imaging.make_derivatives(path)


# --- privacy of the process itself ------------------------------------------------


def test_nothing_is_written(tmp_path: Path, monkeypatch) -> None:
    """No write-mode open and no temporary file, for every decodable format."""
    im = two_halves((2400, 1200))
    paths = [
        save(im, tmp_path / "a.jpg", "JPEG", exif=full_exif()),
        save(im, tmp_path / "b.png", "PNG"),
        save(im, tmp_path / "c.tif", "TIFF", compression="tiff_lzw"),  # libtiff path
        save(im, tmp_path / "d.webp", "WEBP"),
        save(im.convert("P"), tmp_path / "e.gif", "GIF"),
    ]
    real_open, real_os_open = builtins.open, os.open
    writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

    def read_only_open(file, mode="r", *args, **kwargs):
        assert not set(mode) & set("wax+"), f"open({file!r}, {mode!r})"
        return real_open(file, mode, *args, **kwargs)

    def read_only_os_open(file, flags, *args, **kwargs):
        assert not flags & writing, f"os.open({file!r}, {flags:#x})"
        return real_os_open(file, flags, *args, **kwargs)

    def no_temp(*args, **kwargs):
        raise AssertionError("temporary file created")

    monkeypatch.setattr(builtins, "open", read_only_open)
    monkeypatch.setattr(io, "open", read_only_open)
    monkeypatch.setattr(os, "open", read_only_os_open)
    for fn in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile",
               "SpooledTemporaryFile", "TemporaryDirectory"):  # fmt: skip
        monkeypatch.setattr(tempfile, fn, no_temp)
    for path in paths:
        d = imaging.make_derivatives(path)
        assert max(d.display_size) == 1600
    assert sorted(tmp_path.iterdir()) == sorted(paths)


def test_messages_name_the_file_not_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "Ivanov interrogation"
    folder.mkdir()
    path = folder / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff" + bytes(100))
    with pytest.raises(InvalidInput) as err:
        imaging.make_derivatives(path)
    assert "photo.jpg" in str(err.value)
    assert "Ivanov" not in str(err.value)


def test_large_rgba_is_resized_then_flattened(tmp_path: Path) -> None:
    im = Image.new("RGBA", (3000, 1000), (0, 0, 0, 0))
    im.paste((200, 0, 0, 255), (0, 0, 1500, 1000))
    d = imaging.make_derivatives(save(im, tmp_path / "big.png", "PNG"))
    assert d.display_size == (1600, 533)
    out = reopen(d.display)
    assert near(out.getpixel((400, 266)), (200, 0, 0))
    assert near(out.getpixel((1200, 266)), (255, 255, 255))
    assert near(reopen(d.thumb).getpixel((200, 40)), (255, 255, 255))


@pytest.mark.skipif(not features.check("avif"), reason="Pillow built without AVIF")
def test_avif_orientation(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6
    path = save(two_halves((40, 20)), tmp_path / "a.avif", "AVIF", exif=exif, quality=90)
    assert imaging.sniff_mime(path) == "image/avif"
    d = imaging.make_derivatives(path)
    assert d.meta.orientation == 6
    display = reopen(d.display)
    assert display.size == (20, 40)
    assert near(display.getpixel((10, 5)), RED, tol=60)
    assert near(display.getpixel((10, 35)), BLUE, tol=60)
