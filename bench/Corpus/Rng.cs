namespace Graph.Bench.Corpus;

/// <summary>
/// A small deterministic random stream (SplitMix64) keyed by (seed, stream, index): the same key gives the same values
/// on every machine and .NET version, and any article or firm can be made without making the ones before it.
/// </summary>
internal sealed class Rng(int seed, int stream, long index)
{
    private ulong _state = Mix(((ulong)(uint)seed << 32) ^ ((ulong)(uint)stream << 48) ^ (ulong)index ^ 0x9E3779B97F4A7C15UL);

    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public char Pick(string chars) => chars[Next(chars.Length)];

    private ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
