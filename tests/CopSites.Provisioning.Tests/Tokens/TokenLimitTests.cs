using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Tokens;

namespace CopSites.Provisioning.Tests.Tokens;

/// <summary>
/// Hostile token text: 100,000 tokens nested in each other's arguments used to overflow the stack and kill the
/// process (exit 134); a million unknown tokens cost seconds and most of a gigabyte. Both are refused whole now,
/// naming the limit and the place, and real nesting and counts still resolve.
/// </summary>
public class TokenLimitTests
{
    private static readonly TokenOrigin Origin = new("T", "pnp:Field/@Description", new SourceLocation("hostile.xml", 3, 5));
    private readonly TokenResolver _resolver = new();

    [Fact]
    public void DeepNesting_IsRefusedNamingTheLimit_WithoutOverflowingTheStack()
    {
        var deep = string.Concat(Enumerable.Repeat("{parameter:", 100_000)) + "x" + new string('}', 100_000);

        var error = _resolver.Check(deep, Origin).ShouldHaveSingleItem().ShouldBeOfType<TokenLimitError>();

        error.Message.ShouldContain("tokens nest more than 8 deep");
        error.Message.ShouldContain("hostile.xml:3:5");
        error.Message.Length.ShouldBeLessThan(300);
    }

    [Fact]
    public void AMillionTokens_AreRefusedAsOneError()
    {
        var flood = string.Concat(Enumerable.Repeat("{bogus:x}", 1_000_000));

        var error = _resolver.Check(flood, Origin).ShouldHaveSingleItem().ShouldBeOfType<TokenLimitError>();

        error.Message.ShouldContain("more than 10,000 tokens");
    }

    [Fact]
    public void NestingAtTheLimit_AndManyTokensUnderIt_StillResolve()
    {
        var context = TokenContext.Empty with { Parameters = TokenContext.Empty.Parameters.Add("P", "P") };
        var nested = string.Concat(Enumerable.Repeat("{parameter:", 8)) + "P" + new string('}', 8);
        var many = string.Concat(Enumerable.Repeat("{parameter:P}", 10_000));

        var deep = _resolver.Resolve(nested, context, Origin);
        var wide = _resolver.Resolve(many, context, Origin);

        deep.Errors.ShouldBeEmpty();
        deep.Value.ShouldBe("P");
        wide.Errors.ShouldBeEmpty();
        wide.Value.ShouldBe(new string('P', 10_000));
    }
}
