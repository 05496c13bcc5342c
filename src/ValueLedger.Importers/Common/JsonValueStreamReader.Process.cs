using System.Text.Json;

namespace ValueLedger.Importers.Common;

/// <summary>The synchronous part: walks the buffered bytes with a <see cref="Utf8JsonReader"/>.</summary>
internal sealed partial class JsonValueStreamReader
{
    /// <summary>Handles every complete value in the buffer; null when more input is needed.</summary>
    private Result? Process(ValueHandler handler)
    {
        var data = _buffer.AsSpan(_start, _end - _start);
        var initialState = _state;
        var reader = new Utf8JsonReader(data, _eof, initialState);
        var counted = 0;
        while (true)
        {
            var stateBefore = reader.CurrentState;
            var consumedBefore = (int)reader.BytesConsumed;
            try
            {
                if (!reader.Read())
                {
                    Commit(data, consumedBefore, stateBefore, ref counted);
                    return _eof ? End() : null;
                }

                var first = !_sawToken;
                _sawToken = true;
                if (_unwrapRootArray && reader.CurrentDepth == 0)
                {
                    if (first && reader.TokenType == JsonTokenType.StartArray)
                    {
                        InRootArray = true;
                        continue;
                    }

                    if (InRootArray && reader.TokenType == JsonTokenType.EndArray)
                    {
                        InRootArray = false;
                        _arrayClosed = true;
                        continue;
                    }

                    if (_arrayClosed)
                    {
                        _line += data[counted..(int)reader.TokenStartIndex].Count((byte)'\n');
                        return new Result(Outcome.TrailingContent, _line, "content after the end of the array");
                    }
                }

                var value = reader;
                var valueStart = (int)reader.TokenStartIndex;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
                {
                    Commit(data, consumedBefore, stateBefore, ref counted);
                    return _eof ? new Result(Outcome.Truncated, _line, "the input ends inside a JSON value") : null;
                }

                _line += data[counted..valueStart].Count((byte)'\n');
                counted = valueStart;
                if (!handler(ref value, _line))
                {
                    return new Result(Outcome.Stopped, _line);
                }
            }
            catch (JsonException ex)
            {
                // The reader's state carries line numbers across buffers: ex.LineNumber is 0-based in the input.
                var line = (ex.LineNumber ?? (_line - 1)) + 1;
                return _eof && IsValidPrefix(data, initialState)
                    ? new Result(Outcome.Truncated, line, "the input ends inside a JSON value")
                    : new Result(Outcome.Malformed, line, ex.Message);
            }
        }
    }

    private Result End()
    {
        if (!_sawToken)
        {
            return new Result(Outcome.Empty, 0);
        }

        return InRootArray
            ? new Result(Outcome.Truncated, _line, "the input ends before the array is closed")
            : new Result(Outcome.Completed, _line);
    }

    /// <summary>Drops the consumed bytes from the buffer, counting the lines they held.</summary>
    private void Commit(ReadOnlySpan<byte> data, int consumed, JsonReaderState state, ref int counted)
    {
        _line += data[counted..consumed].Count((byte)'\n');
        counted = consumed;
        _start += consumed;
        _state = state;
    }

    /// <summary>
    /// Whether <paramref name="data"/> is valid JSON that merely stops early (a file cut in half)
    /// rather than wrong: read again as if more were to come, it raises no error.
    /// </summary>
    private static bool IsValidPrefix(ReadOnlySpan<byte> data, JsonReaderState state)
    {
        var reader = new Utf8JsonReader(data, isFinalBlock: false, state);
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
