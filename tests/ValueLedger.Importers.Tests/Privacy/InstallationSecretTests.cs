using ValueLedger.Importers.Privacy;

namespace ValueLedger.Importers.Tests.Privacy;

public sealed class InstallationSecretTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "valueledger-secret-tests-" + Guid.NewGuid().ToString("N"));

    private string SecretPath => Path.Combine(folder, "nested", "secret");

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void LoadOrCreate_Missing_CreatesOnceThenReadsTheSameKey()
    {
        var first = InstallationSecret.LoadOrCreate(SecretPath);
        var second = InstallationSecret.LoadOrCreate(SecretPath);

        Assert.Equal(32, Assert.Single(first).Length);
        Assert.Equal(first, second);
        Assert.Equal([SecretPath], Directory.GetFiles(Path.GetDirectoryName(SecretPath)!)); // no temporary file left
    }

    [Fact]
    public void LoadOrCreate_Missing_FileReadableByItsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes
        }

        InstallationSecret.LoadOrCreate(SecretPath);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(SecretPath));
    }

    [Fact]
    public async Task LoadOrCreate_ManyAtOnce_AllGetTheOneSecretOnDisk()
    {
        var keys = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => InstallationSecret.LoadOrCreate(SecretPath))));

        var onDisk = InstallationSecret.LoadOrCreate(SecretPath);
        Assert.All(keys, k => Assert.Equal(onDisk, k));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(SecretPath)!));
    }

    [Fact]
    public void LoadOrCreate_FileWithoutASecret_RefusedNamingThePath()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SecretPath)!);
        File.WriteAllText(SecretPath, "not hex");

        var error = Assert.Throws<InvalidDataException>(() => InstallationSecret.LoadOrCreate(SecretPath));
        Assert.Contains(SecretPath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SingleKeyFileWithoutNewlineAndMultiKeyFile_OldestFirst()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SecretPath)!);
        var one = new string('a', 64);
        var two = new string('b', 64);
        File.WriteAllText(SecretPath, one);
        Assert.Equal([Convert.FromHexString(one)], InstallationSecret.Read(SecretPath));

        File.WriteAllText(SecretPath, one + "\n" + two + "\n\n");
        Assert.Equal([Convert.FromHexString(one), Convert.FromHexString(two)], InstallationSecret.Read(SecretPath));
    }

    [Fact]
    public void WritePendingThenComplete_TwoKeys_ReplacesTheSecretOwnerOnly()
    {
        var first = InstallationSecret.LoadOrCreate(SecretPath);
        byte[][] next = [.. first, new byte[32]];

        InstallationSecret.WritePending(SecretPath, next);
        Assert.Equal(first, InstallationSecret.Read(SecretPath));
        InstallationSecret.CompletePending(SecretPath);

        Assert.Equal(next, InstallationSecret.Read(SecretPath));
        Assert.False(File.Exists(InstallationSecret.PendingPath(SecretPath)));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(SecretPath));
        }
    }
}
