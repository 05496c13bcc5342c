using System.Security.Cryptography;

namespace ValueLedger.Importers.Privacy;

/// <summary>
/// The installation secret that keys identifier hashes. It lives outside the ledger (so a copied
/// ledger does not carry the key): <c>$VALUELEDGER_SECRET_FILE</c>, else
/// <c>$XDG_CONFIG_HOME/valueledger/secret</c> (default <c>~/.config/valueledger/secret</c>).
/// Created on first use with 32 random bytes, readable by its owner only.
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

    /// <summary>
    /// Reads the secret at <paramref name="path"/>, creating it when it does not exist. Creation is atomic:
    /// the secret is written to a temporary file beside it and moved into place without overwriting, so two
    /// processes (or threads) creating it at once end with one secret and never read a half-written file.
    /// </summary>
    /// <exception cref="InvalidDataException">The file exists but does not hold a secret.</exception>
    public static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return Read(path);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var secret = RandomNumberGenerator.GetBytes(32);
        var temporary = path + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var stream = new FileStream(temporary, options))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(Convert.ToHexStringLower(secret));
            }

            File.Move(temporary, path, overwrite: false);
            return secret;
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

    private static byte[] Read(string path)
    {
        var text = File.ReadAllText(path).Trim();
        try
        {
            var key = Convert.FromHexString(text);
            if (key.Length >= 16)
            {
                return key;
            }
        }
        catch (FormatException)
        {
        }

        throw new InvalidDataException($"{path} does not hold a valueledger installation secret (expected at least 32 hex digits)");
    }
}
