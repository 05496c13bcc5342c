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

        Assert.Equal(32, first.Length);
        Assert.Equal(first, second);
        Assert.Equal([SecretPath], Directory.GetFiles(Path.GetDirectoryName(SecretPath)!)); // no temporary file left
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
}
