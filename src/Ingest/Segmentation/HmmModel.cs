using System.Globalization;

namespace Graph.Ingest.Segmentation;

/// <summary>
/// jieba's character HMM (states B, E, M, S as in jieba-rs) and its Viterbi decoder; emission log probabilities sit in
/// one flat table indexed by (char - U+4E00) * 4 + state, covering only the HMM's Han range U+4E00..U+9FD5.
/// </summary>
internal sealed class HmmModel
{
    public const int B = 0;
    public const int E = 1;
    public const int M = 2;
    public const int S = 3;
    private const int States = 4;
    private const char FirstHan = '\u4E00';
    private const int HanCount = 0x9FD5 - 0x4E00 + 1;

    /// <summary>jieba's MIN_FLOAT, the log probability of anything the model never saw.</summary>
    private const double MinFloat = -3.14e100;

    private readonly double[] _start;
    private readonly double[] _trans;
    private readonly double[] _emit;

    private HmmModel(double[] start, double[] trans, double[] emit)
    {
        _start = start;
        _trans = trans;
        _emit = emit;
    }

    /// <summary>Reads <c>hmm_model.utf8</c>: after '#' comments, a start line, four transition lines, four emission lines (B, E, M, S).</summary>
    public static HmmModel Load(string path)
    {
        var start = new double[States];
        var trans = new double[States * States];
        var emit = new double[HanCount * States];
        Array.Fill(emit, MinFloat);
        int row = 0;
        int lineNumber = 0;
        foreach (string raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.AsSpan().Trim();
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            if (row == 0)
            {
                ReadNumbers(line, start, 0, path, lineNumber);
            }
            else if (row <= States)
            {
                ReadNumbers(line, trans, (row - 1) * States, path, lineNumber);
            }
            else if (row <= 2 * States)
            {
                ReadEmissions(line, emit, row - 1 - States, path, lineNumber);
            }
            else
            {
                throw new DictionaryFormatException(path, lineNumber, "unexpected line after the four emission rows");
            }

            row++;
        }

        if (row != 1 + 2 * States)
        {
            throw new DictionaryFormatException(path, lineNumber, $"expected 9 data lines, found {row}");
        }

        return new HmmModel(start, trans, emit);
    }

    public void WriteTo(Stream stream)
    {
        BinaryArrays.Write<double>(stream, _start);
        BinaryArrays.Write<double>(stream, _trans);
        BinaryArrays.Write<double>(stream, _emit);
    }

    public static HmmModel ReadFrom(Stream stream)
    {
        var start = BinaryArrays.Read<double>(stream, minCapacity: 0);
        var trans = BinaryArrays.Read<double>(stream, minCapacity: 0);
        var emit = BinaryArrays.Read<double>(stream, minCapacity: 0);
        if (start.Length != States || trans.Length != States * States || emit.Length != HanCount * States)
        {
            throw new InvalidDataException("HMM tables have the wrong size");
        }

        return new HmmModel(start, trans, emit);
    }

    /// <summary>
    /// Viterbi over <paramref name="text"/> (chars all in the HMM Han range U+4E00..U+9FD5, see <see cref="CharClass.IsHmmHan"/>), writing one state per char to
    /// <paramref name="path"/>; a tie goes to the candidate whose state comes later in B &lt; E &lt; M &lt; S, as in jieba-rs,
    /// whose <c>max_by</c> compares <c>(probability, state)</c> pairs.
    /// </summary>
    public void Decode(ReadOnlySpan<char> text, Span<double> v, Span<byte> prev, Span<byte> path)
    {
        int count = text.Length;
        double[] emit = _emit;
        double[] trans = _trans;
        int c0 = (text[0] - FirstHan) * States;
        for (int y = 0; y < States; y++)
        {
            v[y] = _start[y] + emit[c0 + y];
        }

        double tEB = trans[(E * States) + B], tSB = trans[(S * States) + B];
        double tBE = trans[(B * States) + E], tME = trans[(M * States) + E];
        double tMM = trans[(M * States) + M], tBM = trans[(B * States) + M];
        double tSS = trans[(S * States) + S], tES = trans[(E * States) + S];
        for (int t = 1; t < count; t++)
        {
            int c = (text[t] - FirstHan) * States;
            int p = (t - 1) * States;
            int q = t * States;
            double vB = v[p + B], vE = v[p + E], vM = v[p + M], vS = v[p + S];

            Pick(vE + tEB + emit[c + B], E, vS + tSB + emit[c + B], S, out v[q + B], out prev[q + B]);
            Pick(vB + tBE + emit[c + E], B, vM + tME + emit[c + E], M, out v[q + E], out prev[q + E]);
            Pick(vM + tMM + emit[c + M], M, vB + tBM + emit[c + M], B, out v[q + M], out prev[q + M]);
            Pick(vS + tSS + emit[c + S], S, vE + tES + emit[c + S], E, out v[q + S], out prev[q + S]);
        }

        int last = (count - 1) * States;
        byte state = v[last + S] >= v[last + E] ? (byte)S : (byte)E;
        path[count - 1] = state;
        for (int t = count - 1; t > 0; t--)
        {
            state = prev[(t * States) + state];
            path[t - 1] = state;
        }
    }

    // The higher probability wins; on a tie (common once a char the model never saw adds MinFloat to every candidate)
    // the higher state (B < E < M < S) wins, as jieba-rs's max_by over (prob, state) tuples. The sums keep jieba-rs's
    // order: (v + trans) + emit.
    private static void Pick(double first, int firstState, double second, int secondState, out double best, out byte from)
    {
        if (second > first || (second == first && secondState > firstState))
        {
            best = second;
            from = (byte)secondState;
        }
        else
        {
            best = first;
            from = (byte)firstState;
        }
    }

    private static void ReadNumbers(ReadOnlySpan<char> line, double[] target, int offset, string path, int lineNumber)
    {
        int i = 0;
        foreach (var range in line.SplitAny(' ', '\t'))
        {
            var field = line[range];
            if (field.IsEmpty)
            {
                continue;
            }

            if (i == States || !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                throw new DictionaryFormatException(path, lineNumber, $"expected {States} log probabilities");
            }

            target[offset + i++] = value;
        }

        if (i != States)
        {
            throw new DictionaryFormatException(path, lineNumber, $"expected {States} log probabilities, found {i}");
        }
    }

    private static void ReadEmissions(ReadOnlySpan<char> line, double[] emit, int state, string path, int lineNumber)
    {
        foreach (var range in line.Split(','))
        {
            var entry = line[range];
            int colon = entry.LastIndexOf(':');
            if (colon != 1 || !double.TryParse(entry[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                if (colon == 2 && char.IsHighSurrogate(entry[0]))
                {
                    continue;
                }

                throw new DictionaryFormatException(path, lineNumber, $"expected `char:logprob`, got `{entry}`");
            }

            if (CharClass.IsHmmHan(entry[0]))
            {
                emit[((entry[0] - FirstHan) * States) + state] = value; // Viterbi never sees other chars
            }
        }
    }
}
