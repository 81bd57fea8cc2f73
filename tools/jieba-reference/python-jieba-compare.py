#!/usr/bin/python3
"""Second reference: Debian's python3-jieba 0.42.1 (apt-get install -y python3-jieba; run with /usr/bin/python3).

Compares Python jieba's cut and posseg with the committed @node-rs/jieba references on the seed lines, which the C#
segmenter matches exactly. Prints a JSON summary and the first few differences.
"""
import glob
import json
import logging
import os

import jieba
import jieba.posseg as pseg

jieba.setLogLevel(logging.WARNING)
repo = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
folder = os.path.join(repo, 'tests', 'Ingest.Tests', 'Segmentation')


def seed_lines():
    lines = []
    for name in sorted(glob.glob(os.path.join(repo, 'seeds', '*.txt'))):
        parts = open(name, encoding='utf-8').read().split('\n')
        if parts and parts[-1] == '':
            parts.pop()
        lines += parts
    return lines


def read_jsonl(name):
    return [json.loads(line) for line in open(os.path.join(folder, name), encoding='utf-8')]


visible = lambda tokens: [t for t in tokens if t.strip()]
lines, cuts, tags = seed_lines(), read_jsonl('seeds.reference.jsonl'), read_jsonl('seeds.tags.reference.jsonl')
summary = dict(lines=0, cut_equal=0, posseg_segmentation_equal=0, posseg_lines_equal=0, words_compared=0, word_tags_equal=0)
shown = []
for number, (line, cut, tagged) in enumerate(zip(lines, cuts, tags), start=1):
    if not line:
        continue
    summary['lines'] += 1
    ours, theirs = visible(list(jieba.cut(line, HMM=True))), visible(cut)
    if ours == theirs:
        summary['cut_equal'] += 1
    elif len(shown) < 5:
        shown.append(f'line {number} cut:\n  python    {"|".join(ours)}\n  reference {"|".join(theirs)}')
    posseg = [(w.word, w.flag) for w in pseg.cut(line, HMM=True) if w.word.strip()]
    reference = [tuple(pair) for pair in tagged if pair[0].strip()]
    if [w for w, _ in posseg] == [w for w, _ in reference]:
        summary['posseg_segmentation_equal'] += 1
        summary['posseg_lines_equal'] += posseg == reference
        summary['words_compared'] += len(posseg)
        summary['word_tags_equal'] += sum(a == b for a, b in zip(posseg, reference))
print('\n'.join(shown))
print(json.dumps(summary))
