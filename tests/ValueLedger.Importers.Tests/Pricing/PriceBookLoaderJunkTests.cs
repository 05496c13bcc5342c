using ValueLedger.Importers.Pricing;

namespace ValueLedger.Importers.Tests.Pricing;

public sealed class PriceBookLoaderJunkTests
{
    private const string Valid = """
        version: 1
        prices:
          - provider: [openai, azure]
            model: [gpt-4o, "gpt-4o-20*"]
            effective_from: 2024-10-02
            input: 2.5e-06
            cached_read: 1.25e-06
            output: 1e-05
            tiers:
              - {name: batch, service_tier: batch, input: 1.25e-06, output: 5e-06}
              - name: long
                input_tokens_above: 200000
                input: 5e-06
                output: 2e-05
        """;

    private static readonly char[] Alphabet = ['-', ':', '[', ']', '{', '}', ',', '\'', '"', '#', '*', '&', '!', '|', '>', '\t', '\n', ' ', 'e', '0', '~', '%', '@', '`'];

    /// <summary>Property: whatever the text, reading it gives entries or a PriceBookException, nothing else.</summary>
    [Fact]
    public void Read_MutatedFiles_OnlyEverThrowPriceBookException()
    {
        var random = new Random(20250101);
        for (var i = 0; i < 3000; i++)
        {
            var text = Valid.ToCharArray().ToList();
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                var at = random.Next(text.Count);
                switch (random.Next(3))
                {
                    case 0: text[at] = Alphabet[random.Next(Alphabet.Length)]; break;
                    case 1: text.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
                    default: text.RemoveAt(at); break;
                }
            }

            var yaml = new string([.. text]);
            try
            {
                PriceBookLoader.Read(new StringReader(yaml), "junk.yaml");
            }
            catch (PriceBookException e)
            {
                Assert.True(e.Line >= 1, $"no line for: {e.Message}");
            }
            catch (Exception e)
            {
                Assert.Fail($"{e.GetType().Name}: {e.Message}\n--- input ---\n{yaml}");
            }
        }
    }
}
