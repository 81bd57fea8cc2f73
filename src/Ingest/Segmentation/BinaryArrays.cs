using System.Runtime.InteropServices;

namespace Graph.Ingest.Segmentation;

/// <summary>Length-prefixed raw arrays of unmanaged values, for the compiled dictionary (native byte order; the cache is machine-local).</summary>
internal static class BinaryArrays
{
    public static void Write<T>(Stream stream, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        MemoryMarshal.Write(length, values.Length);
        stream.Write(length);
        stream.Write(MemoryMarshal.AsBytes(values));
    }

    /// <summary>Reads an array written by <see cref="Write{T}"/>, allocated at least <paramref name="minCapacity"/> long so it can grow by doubling.</summary>
    public static T[] Read<T>(Stream stream, int minCapacity = 16)
        where T : unmanaged
    {
        int length = ReadInt(stream);
        if (length < 0)
        {
            throw new InvalidDataException("negative array length");
        }

        var values = new T[Math.Max(length, minCapacity)];
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan(0, length)));
        return values;
    }

    public static int ReadInt(Stream stream)
    {
        Span<byte> buffer = stackalloc byte[sizeof(int)];
        stream.ReadExactly(buffer);
        return MemoryMarshal.Read<int>(buffer);
    }

    public static long ReadLong(Stream stream)
    {
        Span<byte> buffer = stackalloc byte[sizeof(long)];
        stream.ReadExactly(buffer);
        return MemoryMarshal.Read<long>(buffer);
    }

    public static void WriteLong(Stream stream, long value)
    {
        Span<byte> buffer = stackalloc byte[sizeof(long)];
        MemoryMarshal.Write(buffer, value);
        stream.Write(buffer);
    }

    public static void WriteInt(Stream stream, int value)
    {
        Span<byte> buffer = stackalloc byte[sizeof(int)];
        MemoryMarshal.Write(buffer, value);
        stream.Write(buffer);
    }
}
