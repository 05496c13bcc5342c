namespace ValueLedger.Web.Imports;

/// <summary>
/// An upload received to disk: the temporary <see cref="Path"/> inside its own <see cref="Folder"/> (next to the
/// ledger; rejects files land there too), the <see cref="Name"/> its user gave, and the <see cref="Format"/> asked for
/// (null = recognise it). Disposing deletes the folder.
/// </summary>
internal sealed class UploadedFile(string folder, string path, string name, string? format, bool lenient) : IDisposable
{
    public string Folder { get; } = folder;

    public string Path { get; } = path;

    public string Name { get; } = name;

    public string? Format { get; } = format;

    /// <summary>Bad rows are set aside (the default) rather than stopping the import.</summary>
    public bool Lenient { get; } = lenient;

    public void Dispose() => UploadFolder.Delete(Folder);
}
