using System.Globalization;
using nietras.SeparatedValues;
using ValueLedger.Core.Import;

namespace ValueLedger.Importers.Pipeline;

/// <summary>Writes rejected rows, with their reasons, to a CSV file that a user can fix and re-import from.</summary>
internal sealed class RejectsWriter : IDisposable
{
    private readonly SepWriter _writer;
    private readonly string _fileName;

    public RejectsWriter(string path, string fileName)
    {
        Path = path;
        _fileName = fileName;
        _writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(path);
    }

    public string Path { get; }

    public void Write(RowError error)
    {
        using var row = _writer.NewRow();
        row["file"].Set(_fileName);
        row["line"].Set(error.Line.ToString(CultureInfo.InvariantCulture));
        row["column"].Set(error.Column ?? string.Empty);
        row["reason"].Set(error.Reason);
        row["raw"].Set(RowError.Excerpt(error.Raw) ?? string.Empty);
    }

    public void Dispose() => _writer.Dispose();
}
