using ValueLedger.Core.Pricing;

namespace ValueLedger.Core.Tests.Pricing;

public sealed class ModelNamesTests
{
    [Theory]
    [InlineData("gpt-4o", "gpt-4o")]
    [InlineData("  GPT-4o-Mini ", "gpt-4o-mini")]
    [InlineData("openai/gpt-4o", "gpt-4o")]
    [InlineData("azure/gpt-4.1-mini", "gpt-4.1-mini")]
    [InlineData("anthropic/claude-sonnet-4-5", "claude-sonnet-4-5")]
    [InlineData("vertex_ai/claude-3-5-sonnet@20240620", "claude-3-5-sonnet-20240620")]
    [InlineData("gemini/gemini-2.5-pro", "gemini-2.5-pro")]
    [InlineData("models/gemini-1.5-pro-002", "gemini-1.5-pro-002")]
    [InlineData("anthropic.claude-3-5-sonnet-20240620-v1:0", "claude-3-5-sonnet-20240620")]
    [InlineData("us.anthropic.claude-3-5-sonnet-20241022-v2:0", "claude-3-5-sonnet-20241022")]
    [InlineData("bedrock/eu.anthropic.claude-sonnet-4-20250514-v1:0", "claude-sonnet-4-20250514")]
    [InlineData("global.anthropic.claude-haiku-4-5-20251001-v1:0", "claude-haiku-4-5-20251001")]
    [InlineData("anthropic.claude-3-haiku-20240307-v1:0:200k", "claude-3-haiku-20240307")]
    [InlineData("mistral.mistral-large-2407-v1:0", "mistral-large-2407")]
    [InlineData("us.meta.llama3-1-70b-instruct-v1:0", "llama3-1-70b-instruct")]
    [InlineData("ft:gpt-4o-mini-2024-07-18:acme::abc123", "ft:gpt-4o-mini-2024-07-18:acme::abc123")]
    [InlineData("openai/", "openai/")]
    public void Normalize_Spelling_GivesThePriceBookName(string model, string expected)
    {
        Assert.Equal(expected, ModelNames.Normalize(model));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Normalize_Blank_IsNull(string? model)
    {
        Assert.Null(ModelNames.Normalize(model));
    }
}
