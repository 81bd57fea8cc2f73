#!/usr/bin/env python3
"""Which tree (table or index) each page of a store's last commits belongs to: what a commit writes, by index.

A commit writes every page it dirtied to the WAL, once; this reads the WAL's frames since its last reset (valid frames
carry the header's salts), splits them at commit frames, and names each page's tree with SQLite's dbstat table. Use it on
a store whose WAL was not checkpointed since the commits to look at: a writer stopped with kill -9 (the commits stay whole),
e.g. `bench graph` stopped once it has written the documents wanted. The store is copied first and not changed.

Usage: python3 tools/bench/wal-pages.py STORE [--last N] [--top K]
"""
import argparse
import collections
import os
import shutil
import sqlite3
import struct
import tempfile


def commits(wal_path):
    """Page size and the page numbers of each whole commit in the WAL, oldest first."""
    with open(wal_path, "rb") as f:
        header = f.read(32)
        _, _, page_size, _, salt1, salt2, _, _ = struct.unpack(">8I", header)
        done, current = [], []
        while True:
            frame = f.read(24)
            if len(frame) < 24:
                break
            page, size_after_commit, s1, s2 = struct.unpack(">4I", frame[:16])
            if (s1, s2) != (salt1, salt2) or len(f.read(page_size)) < page_size:
                break
            current.append(page)
            if size_after_commit:
                done.append(current)
                current = []
    return page_size, done


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--last", type=int, default=3, help="how many of the last commits to show")
    parser.add_argument("--top", type=int, default=14, help="trees shown per commit")
    args = parser.parse_args()
    page_size, found = commits(args.store + "-wal")
    print(f"page size {page_size}, {len(found)} commits in the WAL")
    with tempfile.TemporaryDirectory() as work:
        copy = os.path.join(work, "store.db")
        shutil.copy(args.store, copy)
        shutil.copy(args.store + "-wal", copy + "-wal")
        db = sqlite3.connect(copy)
        tree_of = {page: name for name, page in db.execute("SELECT name, pageno FROM dbstat")}
        leaves = collections.Counter(name for (name,) in db.execute("SELECT name FROM dbstat WHERE pagetype = 'leaf'"))
        db.close()
    for back, pages in zip(range(min(args.last, len(found)), 0, -1), found[-args.last:]):
        distinct = set(pages)
        by_tree = collections.Counter(tree_of.get(p, "(freed since)") for p in distinct)
        print(f"commit -{back}: {len(pages)} frames, {len(distinct)} distinct pages ({len(distinct) * page_size / 1e6:.0f} MB)")
        for name, count in by_tree.most_common(args.top):
            held = leaves.get(name, 0)
            share_of_tree = f"{count / held:.0%} of its {held} leaves" if held else ""
            print(f"  {name:32s} {count:8d}  {count / len(distinct):6.1%}  {share_of_tree}")


if __name__ == "__main__":
    main()
