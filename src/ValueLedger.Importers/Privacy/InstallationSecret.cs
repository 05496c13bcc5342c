using System.Security.Cryptography;
using System.Text;

namespace ValueLedger.Importers.Privacy;

/// <summary>
/// The installation secret that keys identifier hashes. It lives outside the ledger (so a copied ledger does not carry
/// the key): <c>$VALUELEDGER_SECRET_FILE</c>, else <c>$XDG_CONFIG_HOME/valueledger/secret</c> (default
/// <c>~/.config/valueledger/secret</c>), readable by its owner only. It holds one key per line (32 random bytes as hex),
/// oldest first: a rotation appends a key and hashes are chained through every key (see <see cref="HmacIdentifierHasher"/>),
/// so a file of one key, as written before rotation existed, keeps its meaning. Whether a ledger may use it is
/// <see cref="LedgerKey"/>'s check.
/// </summary>
public static class InstallationSecret
{
    /// <summary>The environment variable that names the secret file.</summary>
    public const string EnvironmentVariable = "VALUELEDGER_SECRET_FILE";

    /// <summary>Where the secret is kept on this machine.</summary>
    public static string DefaultPath()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        var config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        if (string.IsNullOrWhiteSpace(config))
        {
            config = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        }

        return Path.Combine(config, "valueledger", "secret");
    }

    /// <summary>Where a rotation writes the next secret before the ledger is re-keyed; moved over the secret afterwards.</summary>
    public static string PendingPath(string path) => path + ".new";

    /// <summary>
    /// Reads the keys at <paramref name="path"/>, creating a one-key secret when it does not exist. Creation is atomic:
    /// the secret is written to a temporary file beside it and moved into place without overwriting, so two processes
    /// (or threads) creating it at once end with one secret and never read a half-written file.
    /// </summary>
    /// <exception cref="InvalidDataException">The file exists but does not hold a secret.</exception>
    public static IReadOnlyList<byte[]> LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return Read(path);
        }

        var keys = new[] { RandomNumberGenerator.GetBytes(32) };
        var temporary = WriteTemporary(path, keys);
        try
        {
            File.Move(temporary, path, overwrite: false);
            return keys;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: theirs is the secret.
            return Read(path);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The keys at <paramref name="path"/>, oldest first.</summary>
    /// <exception cref="FileNotFoundException">There is no file.</exception>
    /// <exception cref="InvalidDataException">The file does not hold a secret.</exception>
    public static IReadOnlyList<byte[]> Read(string path)
    {
        var lines = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var keys = new List<byte[]>();
        foreach (var line in lines)
        {
            byte[] key;
            try
            {
                key = Convert.FromHexString(line);
            }
            catch (FormatException)
            {
                key = [];
            }

            if (key.Length < 16)
            {
                keys.Clear();
                break;
            }

            keys.Add(key);
        }

        return keys.Count > 0
            ? keys
            : throw new InvalidDataException($"{path} does not hold a valueledger installation secret (expected lines of at least 32 hex digits)");
    }

    /// <summary>Writes <paramref name="keys"/> to <see cref="PendingPath"/> (owner-only, replacing a stale one); <see cref="CompletePending"/> moves it into place.</summary>
    public static void WritePending(string path, IReadOnlyList<byte[]> keys)
    {
        var temporary = WriteTemporary(path, keys);
        File.Move(temporary, PendingPath(path), overwrite: true);
    }

    /// <summary>Moves the pending secret over the secret (one rename: the file is either the old or the new secret).</summary>
    public static void CompletePending(string path) => File.Move(PendingPath(path), path, overwrite: true);

    private static string WriteTemporary(string path, IReadOnlyList<byte[]> keys)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = path + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(temporary, options);
        var text = new StringBuilder();
        foreach (var key in keys)
        {
            text.Append(Convert.ToHexStringLower(key)).Append('\n');
        }

        stream.Write(Encoding.ASCII.GetBytes(text.ToString()));
        stream.Flush(flushToDisk: true);
        return temporary;
    }
}
