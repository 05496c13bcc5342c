namespace ValueLedger.Importers.Pipeline;

/// <summary>A read-only pass-through that counts the bytes read from the file on disk.</summary>
internal sealed class ProgressStream(Stream inner) : ReadThroughStream(inner)
{
    private long _bytesRead;

    public long BytesRead => Volatile.Read(ref _bytesRead);

    protected override int OnRead(int read, int asked)
    {
        Interlocked.Add(ref _bytesRead, read);
        return read;
    }
}
