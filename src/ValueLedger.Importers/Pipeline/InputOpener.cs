using System.IO.Compression;

namespace ValueLedger.Importers.Pipeline;

/// <summary>Opens an input file, decompressing gzip (recognised by its magic bytes, not its name).</summary>
internal static class InputOpener
{
    /// <summary>Bytes of decompressed input that format detection looks at.</summary>
    public const int HeadLength = 64 * 1024;

    /// <summary>
    /// Opens <paramref name="path"/>, whose user-given name (for the .gz check) is <paramref name="name"/>;
    /// <paramref name="raw"/> counts bytes read from disk.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is named .gz but is not gzip.</exception>
    public static Stream Open(string path, string name, out ProgressStream raw)
    {
        var file = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read,
            BufferSize = 1 << 20,
            Options = FileOptions.SequentialScan,
        });
        Span<byte> magic = stackalloc byte[2];
        var isGzip = file.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        file.Position = 0;
        raw = new ProgressStream(file);
        if (isGzip)
        {
            uint trailerLength;
            try
            {
                trailerLength = GzipLengthCheckStream.TrailerLength(path);
            }
            catch
            {
                raw.Dispose();
                throw;
            }

            return new BufferedStream(new GzipLengthCheckStream(new GZipStream(raw, CompressionMode.Decompress), trailerLength), 1 << 20);
        }

        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            raw.Dispose();
            throw new InvalidDataException("the file is named .gz but is not gzip-compressed");
        }

        return raw;
    }

    /// <summary>The first <see cref="HeadLength"/> bytes of the decompressed input of <paramref name="path"/>, named <paramref name="name"/>.</summary>
    /// <exception cref="InvalidDataException">The gzip stream is corrupt.</exception>
    public static byte[] ReadHead(string path, string name)
    {
        using var stream = Open(path, name, out _);
        var buffer = new byte[HeadLength];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return buffer.AsSpan(0, total).ToArray();
    }
}
