"""Close the zero-filled gaps that 2 MB segment alignment leaves in some wheels' libraries.

    python packaging/elf_compact.py APP_FOLDER     # rewrites its shared libraries in place

Libraries patched with large page alignment (the tesserocr wheel's, one of Pillow's)
keep each loadable segment at a file offset congruent to its address modulo 2 MB, so a
60 kB library takes 6 MB of disk, zeros mostly. The loader only needs the congruence
modulo the page size: each segment is moved down to the first offset congruent modulo
ALIGN (64 kB, the largest page size Linux uses) and the segment's alignment lowered to
ALIGN; addresses, code and data are unchanged, only file offsets move. Files whose gaps
are not all zeros, or that are not 64-bit little-endian ELF, are left as they are.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ALIGN = 0x10000
PT_LOAD = 1
SHT_NULL = 0
# ELF64 header: e_phoff at 32, e_shoff at 40, e_phentsize/e_phnum/e_shentsize/e_shnum at 54
PROGRAM_HEADER = struct.Struct(
    "<IIQQQQQQ"
)  # type, flags, offset, vaddr, paddr, filesz, memsz, align
SECTION_HEADER = struct.Struct("<IIQQQQIIQQ")  # name, type, flags, addr, offset, size, ...


def _chunks(data: bytes, loads: list[tuple[int, int]]) -> list[list[int]]:
    """[start, end] file ranges each moved as one: the loadable segments, merged where the
    gap between two holds anything but zeros; the last runs to the end of the file (the
    section names and headers that follow the segments)."""
    chunks: list[list[int]] = []
    for start, end in sorted(loads):
        if chunks and (start <= chunks[-1][1] or any(data[chunks[-1][1] : start])):
            chunks[-1][1] = max(chunks[-1][1], end)
        else:
            chunks.append([start, end])
    chunks[-1][1] = len(data)
    return chunks


def compacted(data: bytes) -> bytes | None:
    """The library with its gaps closed, or None when there is nothing (safe) to gain."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return None
    phoff, shoff = struct.unpack_from("<QQ", data, 32)
    phentsize, phnum, shentsize, shnum = struct.unpack_from("<HHHH", data, 54)
    programs = [list(PROGRAM_HEADER.unpack_from(data, phoff + i * phentsize)) for i in range(phnum)]
    loads = [(p[2], p[2] + p[5]) for p in programs if p[0] == PT_LOAD]
    if not loads or min(loads)[0] != 0 or max(p[7] for p in programs if p[0] == PT_LOAD) <= ALIGN:
        return None
    chunks = _chunks(data, loads)
    moves = []  # (old start, old end, new start)
    position = 0
    for start, end in chunks:
        new = start if not moves else position + (start - position) % ALIGN
        moves.append((start, end, new))
        position = new + end - start
    if position >= len(data):
        return None

    try:
        return _rewritten(
            data, programs, moves, position, phoff, phentsize, shoff, shentsize, shnum
        )
    except ValueError:  # a header points into a gap: leave the file as it is
        return None


def _rewritten(data, programs, moves, size, phoff, phentsize, shoff, shentsize, shnum) -> bytes:
    def moved(offset: int) -> int:
        for start, end, new in moves:
            if start <= offset <= end:
                return offset - start + new
        raise ValueError(f"offset {offset:#x} is in a gap")

    output = bytearray(size)
    for start, end, new in moves:
        output[new : new + end - start] = data[start:end]
    for index, program in enumerate(programs):
        program[2] = moved(program[2])
        if program[0] == PT_LOAD and program[7] > ALIGN:
            program[7] = ALIGN
        PROGRAM_HEADER.pack_into(output, moved(phoff) + index * phentsize, *program)
    if shoff:
        new_shoff = moved(shoff)
        struct.pack_into("<Q", output, 40, new_shoff)
        for index in range(shnum):
            section = list(SECTION_HEADER.unpack_from(data, shoff + index * shentsize))
            if section[1] != SHT_NULL:
                section[4] = moved(section[4])
            SECTION_HEADER.pack_into(output, new_shoff + index * shentsize, *section)
    return bytes(output)


def compact_folder(folder: Path) -> int:
    """Compact every shared library under `folder`; returns the bytes saved."""
    saved = 0
    for path in sorted(folder.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        data = path.read_bytes()
        smaller = compacted(data)
        if smaller is not None:
            path.write_bytes(smaller)
            saved += len(data) - len(smaller)
    return saved


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python packaging/elf_compact.py APP_FOLDER")
    print(f"closed alignment gaps: {compact_folder(Path(sys.argv[1])) / 1e6:.1f} MB")
