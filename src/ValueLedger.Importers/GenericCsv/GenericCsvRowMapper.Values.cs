using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using nietras.SeparatedValues;
using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.GenericCsv;

/// <summary>Counts, money, tags and the record key.</summary>
internal sealed partial class GenericCsvRowMapper
{
    /// <summary>Longest record_key value accepted as a key.</summary>
    private const int MaxRecordKeyLength = 256;

    /// <summary>Separates values in the content hash, so that ("ab","c") and ("a","bc") differ.</summary>
    private const byte UnitSeparator = 0x1F;

    /// <summary>The mapped values of the row being hashed, UTF-8, each followed by <see cref="UnitSeparator"/>.</summary>
    private readonly ArrayBufferWriter<byte> _content = new();

    /// <summary>The trimmed cell of a mapped field; empty when unmapped, empty or NULL (as SQL exports write it).</summary>
    private ReadOnlySpan<char> Value(SepReader.Row row, GenericField field)
    {
        var at = _index[(int)field];
        if (at < 0)
        {
            return default;
        }

        var text = row[at].Span.Trim();
        return Values.IsNull(text) ? default : text;
    }

    private string? Shared(SepReader.Row row, GenericField field)
    {
        var text = Value(row, field);
        return text.IsEmpty ? null : _strings.Get(text);
    }

    private RowError Fail(long line, GenericField field, string reason, ReadOnlySpan<char> value)
    {
        var column = _index[(int)field] >= 0 ? _names[_index[(int)field]] : GenericCsvMappingLoader.KeyOf(field);
        return new RowError(line, column, $"{column} {reason}", SepRows.Excerpt(value));
    }

    private bool TryCount(SepReader.Row row, GenericField field, out long? count, out RowError? error)
    {
        count = null;
        error = null;
        var text = Value(row, field);
        if (text.IsEmpty)
        {
            return true;
        }

        if (!Values.TryParseCount(text, out var value) || value < 0)
        {
            error = Fail(row.LineNumberFrom, field, "is not a whole non-negative number", text);
            return false;
        }

        count = value;
        return true;
    }

    private bool TryCost(SepReader.Row row, out decimal? cost, out string currency, out RowError? error)
    {
        cost = null;
        error = null;
        currency = _mapping.Currency;
        var currencyText = Value(row, GenericField.Currency);
        if (!currencyText.IsEmpty && !CurrencyCodes.TryNormalize(currencyText.ToString(), out currency))
        {
            error = Fail(row.LineNumberFrom, GenericField.Currency, "is not an ISO 4217 currency code", currencyText);
            return false;
        }

        var text = Value(row, GenericField.Cost);
        if (text.IsEmpty)
        {
            return true;
        }

        if (!Values.TryParseDecimal(text, out var value))
        {
            error = Fail(row.LineNumberFrom, GenericField.Cost, "is not a number", text);
            return false;
        }

        cost = value;
        return true;
    }

    private List<Tag> Tags(SepReader.Row row)
    {
        var tags = new List<Tag>(_tagIndex.Length);
        for (var i = 0; i < _tagIndex.Length; i++)
        {
            var text = row[_tagIndex[i]].Span.Trim();
            if (!text.IsEmpty)
            {
                tags.Add(new Tag(_names[_tagIndex[i]], _strings.Get(text)));
            }
        }

        return tags;
    }

    /// <summary>
    /// The record_key column when mapped; else a SHA-256 of the row's mapped values (the user by its
    /// keyed hash, never in clear), so that re-importing an identical export skips every row. Two
    /// genuinely identical rows in one file get the same key and collapse into one: map an id column
    /// where the source has one.
    /// </summary>
    private bool TryRecordKey(SepReader.Row row, string? userHash, out string key, out RowError? error)
    {
        error = null;
        key = string.Empty;
        if (_index[(int)GenericField.RecordKey] >= 0)
        {
            var text = Value(row, GenericField.RecordKey);
            if (text.IsEmpty || text.Length > MaxRecordKeyLength)
            {
                error = Fail(row.LineNumberFrom, GenericField.RecordKey, text.IsEmpty ? "is empty" : $"is longer than {MaxRecordKeyLength} characters", text);
                return false;
            }

            key = text.ToString();
            return true;
        }

        foreach (var field in Enum.GetValues<GenericField>())
        {
            if (_index[(int)field] >= 0)
            {
                Append(field == GenericField.User ? userHash : Value(row, field));
            }
        }

        foreach (var at in _tagIndex)
        {
            Append(row[at].Span.Trim());
        }

        key = Convert.ToHexStringLower(SHA256.HashData(_content.WrittenSpan));
        _content.ResetWrittenCount();
        return true;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        var span = _content.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length) + 1);
        var length = Encoding.UTF8.GetBytes(text, span);
        span[length] = UnitSeparator;
        _content.Advance(length + 1);
    }
}
