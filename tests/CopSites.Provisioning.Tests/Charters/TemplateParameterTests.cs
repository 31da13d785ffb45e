using CopSites.Provisioning.Charters;
using CopSites.Domain;

namespace CopSites.Provisioning.Tests.Charters;

public class TemplateParameterTests
{
    private static readonly Charter Sample = CharterReaderTests.Parse(CharterYaml.Valid);

    [Fact]
    public void ToTemplateParameters_FillsExactlyTheDeclaredParameters()
    {
        Sample.ToTemplateParameters().Keys.Order(StringComparer.Ordinal)
            .ShouldBe(TemplateParameterNames.All.Order(StringComparer.Ordinal));
        Sample.ToTemplateParameters().Values.ShouldAllBe(value => !string.IsNullOrWhiteSpace(value));
    }

    [Fact]
    public void ToTemplateParameters_PlainValues()
    {
        var sut = Sample.ToTemplateParameters();

        sut["CopName"].ShouldBe("Test CoP");
        sut["CopAlias"].ShouldBe("test-cop");
        sut["CopDomain"].ShouldBe("Testing things together");
        sut["CopLanguageLcid"].ShouldBe("1033");
        sut["CopParticipation"].ShouldBe("Open");
        sut["CopComposition"].ShouldBe("Internal");
        sut["CopLifeCycleStage"].ShouldBe("Initiation");
    }

    [Fact]
    public void ToTemplateParameters_ListsBecomeHtmlLists()
    {
        var sut = Sample.ToTemplateParameters();

        sut["CopLeadsHtml"].ShouldBe("<ul><li>alice@contoso.local</li></ul>");
        sut["CopModeratorsHtml"].ShouldBe("<ul><li>carol@contoso.local</li></ul>");
        sut["CopExpectedResultsHtml"].ShouldBe("<ul><li>One shared checklist</li></ul>");
        sut["CopCadenceHtml"].ShouldContain("<strong>Core cadence:</strong> Monthly");
        sut["CopCadenceHtml"].ShouldContain("<li>Flash talk / lightning round</li>");
        sut["CopIndicatorsHtml"].ShouldContain("<li>Meetings and activities held (Activity and engagement)</li>");
    }

    [Fact]
    public void ToTemplateParameters_EncodesCharterTextIncludingTokenBraces()
    {
        var sut = (Sample with
        {
            Purpose = "Stop <script>alert(1)</script> & \"quotes\" {site}",
            ExpectedResults = ["a < b"],
        }).ToTemplateParameters();

        sut["CopPurposeHtml"].ShouldBe("<p>Stop &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#123;site&#125;</p>");
        sut["CopExpectedResultsHtml"].ShouldBe("<ul><li>a &lt; b</li></ul>");
    }

    [Fact]
    public void ToTemplateParameters_WithoutModeratorsOrProducts_ExplainsInstead()
    {
        var sut = (Sample with { Moderators = [], KnowledgeProducts = [] }).ToTemplateParameters();

        sut["CopModeratorsHtml"].ShouldBe("<p>The leads facilitate the community themselves.</p>");
        sut["CopKnowledgeProductsHtml"].ShouldStartWith("<p>The community will decide");
    }

    [Theory]
    [InlineData("open", "anyone with a genuine interest")]
    [InlineData("moderated", "a lead approves each request")]
    [InlineData("closed", "Membership is by invitation")]
    public void HowToJoin_FollowsTheParticipationModel(string participation, string expected)
    {
        var sut = (Sample with { Participation = ParticipationModel.FromKey(participation) }).ToTemplateParameters();

        sut["CopHowToJoinHtml"].ShouldStartWith("<p>");
        sut["CopHowToJoinHtml"].ShouldContain(expected);
    }

    [Fact]
    public void HowToJoin_HybridMentionsGuests_AndAppendsTheCharterText()
    {
        var sut = (Sample with { Composition = Composition.Hybrid, HowToJoin = "Write to <alice>." }).ToTemplateParameters();

        var paragraphs = sut["CopHowToJoinHtml"].Split("</p>", StringSplitOptions.RemoveEmptyEntries);
        paragraphs.Length.ShouldBe(3);
        paragraphs[1].ShouldContain("guests");
        paragraphs[2].ShouldBe("<p>Write to &lt;alice&gt;.");
    }

    [Fact]
    public void HowToJoin_InternalHasNoGuestSentence()
    {
        Sample.ToTemplateParameters()["CopHowToJoinHtml"].ShouldNotContain("guests");
    }
}
