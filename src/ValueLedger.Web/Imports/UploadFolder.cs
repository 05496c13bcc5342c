namespace ValueLedger.Web.Imports;

/// <summary>
/// Where uploads are streamed: <c>.valueledger-uploads/GUID/</c> next to the ledger file (same disk as the ledger, so a
/// 2 GB upload needs no room in /tmp), one folder per upload, deleted when the upload is done with.
/// </summary>
internal static class UploadFolder
{
    public const string Name = ".valueledger-uploads";

    public static string Create(string ledgerPath)
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(ledgerPath)) ?? ".", Name);
        var folder = System.IO.Path.Combine(root, Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
    }
}
