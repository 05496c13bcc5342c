using System.Text;

namespace ValueLedger.Importers.Tests.ApiPages;

/// <summary>
/// A read-only stream that makes a JSON array of OpenAI usage pages on the fly, one page per line,
/// so that a test can tell how far an importer read before it stopped (streaming, not loading).
/// </summary>
internal sealed class GeneratedPagesStream(int pageCount, int badPage) : Stream
{
    private readonly MemoryStream pending = new();
    private int nextPage;

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    /// <summary>The text of page <paramref name="index"/> (0-based), on line <c>index + 2</c>.</summary>
    public static string Page(int index, bool bad)
    {
        var start = 1_700_000_000L + (index * 3600L);
        var output = bad ? -1 : index;
        return $$"""{"object":"page","data":[{"object":"bucket","start_time":{{start}},"end_time":{{start + 3600}},"results":[{"object":"organization.usage.completions.result","input_tokens":10,"output_tokens":{{output}},"num_model_requests":1,"model":"gpt-4o"}]}],"has_more":true,"next_page":"p{{index}}"}""";
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (pending.Position == pending.Length)
        {
            Refill();
        }

        var read = pending.Read(buffer, offset, count);
        BytesRead += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Refill()
    {
        pending.SetLength(0);
        var text = new StringBuilder();
        if (nextPage == 0)
        {
            text.Append("[\n");
        }

        for (var i = 0; i < 50 && nextPage < pageCount; i++, nextPage++)
        {
            text.Append(Page(nextPage, nextPage == badPage)).Append(nextPage == pageCount - 1 ? "\n]\n" : ",\n");
        }

        pending.Write(Encoding.UTF8.GetBytes(text.ToString()));
        pending.Position = 0;
    }
}
