using System.Buffers;
using System.Text.Json;

namespace ValueLedger.Importers.Common;

/// <summary>
/// Streams the top-level JSON values of an input — one document, NDJSON (one value per line) or any
/// whitespace-separated sequence — or, with <c>unwrapRootArray</c>, the elements of the root array when the input is one. Each
/// value is handed over whole, with the line it starts on, once it is complete in the buffer; memory is
/// bounded by the largest single value (<c>maxValueBytes</c>), not by the input.
/// </summary>
internal sealed partial class JsonValueStreamReader : IDisposable
{
    /// <summary>Receives one complete value; <paramref name="value"/> is positioned on its first token.</summary>
    /// <returns>False to stop reading.</returns>
    public delegate bool ValueHandler(ref Utf8JsonReader value, long line);

    private const int InitialBufferSize = 64 * 1024;
    private static readonly JsonReaderOptions ReaderOptions = new() { AllowMultipleValues = true };

    private readonly Stream _stream;
    private readonly bool _unwrapRootArray;
    private readonly int _maxValueBytes;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
    private int _start;
    private int _end;
    private bool _eof;
    private bool _firstFill = true;
    private JsonReaderState _state = new(ReaderOptions);
    private long _line = 1;
    private bool _sawToken;
    private bool _arrayClosed;

    public JsonValueStreamReader(Stream stream, bool unwrapRootArray, int maxValueBytes)
    {
        _stream = stream;
        _unwrapRootArray = unwrapRootArray;
        _maxValueBytes = maxValueBytes;
    }

    /// <summary>
    /// True while the values handed over are elements of the root array (<c>unwrapRootArray</c> and the
    /// input starts with <c>[</c>); false for top-level values.
    /// </summary>
    public bool InRootArray { get; private set; }

    /// <summary>How reading ended.</summary>
    public enum Outcome
    {
        /// <summary>Every value was read.</summary>
        Completed,

        /// <summary>The handler asked to stop.</summary>
        Stopped,

        /// <summary>Nothing but whitespace.</summary>
        Empty,

        /// <summary>Not valid JSON at <see cref="Result.Line"/>.</summary>
        Malformed,

        /// <summary>The input ends inside a value (a file cut in half).</summary>
        Truncated,

        /// <summary>One value is larger than the limit.</summary>
        TooLarge,

        /// <summary>With <c>unwrapRootArray</c>: something follows the root array.</summary>
        TrailingContent,
    }

    /// <summary>How reading ended, where, and why (for the malformed cases).</summary>
    public readonly record struct Result(Outcome Outcome, long Line, string? Message = null);

    /// <summary>Reads to the end, or until the handler says stop or the input turns out broken.</summary>
    public async Task<Result> ReadAsync(ValueHandler handler, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!_eof && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return new Result(Outcome.TooLarge, _line, $"one JSON value is larger than {_maxValueBytes / (1024 * 1024)} MB");
            }

            var step = Process(handler);
            if (step is { } result)
            {
                return result;
            }
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    /// <summary>Reads more input after what is buffered (growing the buffer when one value fills it); false when one value would exceed the limit.</summary>
    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= _maxValueBytes)
            {
                return false;
            }

            var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer.Length * 2, _maxValueBytes));
            _buffer.AsSpan(0, _end).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        // Fill the buffer whole: the reader restarts from the first unfinished value on every pass,
        // so passes over small reads (a network stream's) would rescan a big value again and again.
        while (_end < _buffer.Length)
        {
            var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                _eof = true;
                break;
            }

            _end += read;
        }

        if (_firstFill && (_end - _start >= 3 || _eof))
        {
            // A UTF-8 byte order mark, which Utf8JsonReader does not skip.
            if (_buffer.AsSpan(_start, _end - _start).StartsWith("\uFEFF"u8))
            {
                _start += 3;
            }

            _firstFill = false;
        }

        return true;
    }
}
