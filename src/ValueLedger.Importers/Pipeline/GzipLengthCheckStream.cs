namespace ValueLedger.Importers.Pipeline;

/// <summary>
/// Reads a gzip stream and, at its end, checks that the number of bytes decompressed equals the length the gzip trailer
/// records (ISIZE, the size modulo 2^32 in the file's last 4 bytes). .NET's GZipStream ends quietly when a file is cut
/// short (an interrupted download or upload); without this check a truncated bill would import as a smaller one.
/// A file of several concatenated gzip members (bgzip) records only its last member's length, so it is refused too:
/// decompress it first.
/// </summary>
internal sealed class GzipLengthCheckStream(Stream inner, uint expectedLength) : ReadThroughStream(inner)
{
    public const string Truncated = "the gzip file is truncated or corrupt (its content is shorter or longer than its trailer says); upload or copy it again";

    private long _read;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    /// <summary>The length recorded in the trailer of the gzip file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is too short to be gzip.</exception>
    public static uint TrailerLength(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        // 10-byte header + at least an empty deflate block + 8-byte trailer.
        if (file.Length < 20)
        {
            throw new InvalidDataException(Truncated);
        }

        file.Position = file.Length - 4;
        Span<byte> size = stackalloc byte[4];
        file.ReadExactly(size);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(size);
    }

    protected override int OnRead(int read, int asked)
    {
        _read += read;
        if (read == 0 && asked > 0 && (uint)(_read & uint.MaxValue) != expectedLength)
        {
            throw new InvalidDataException(Truncated);
        }

        return read;
    }
}
