using CopSites.Domain;

namespace CopSites.Domain.Tests;

public class VocabularyTests
{
    public static TheoryData<string, IReadOnlyList<IVocabularyTerm>> Vocabularies => new()
    {
        { nameof(KnowledgeProductType), KnowledgeProductType.All },
        { nameof(KnowledgeProductStatus), KnowledgeProductStatus.All },
        { nameof(EventFormat), EventFormat.All },
        { nameof(EventPurpose), EventPurpose.All },
        { nameof(CopRole), CopRole.All },
        { nameof(LifeCycleStage), LifeCycleStage.All },
        { nameof(ParticipationModel), ParticipationModel.All },
        { nameof(Composition), Composition.All },
        { nameof(IndicatorCategory), IndicatorCategory.All },
        { nameof(Indicator), Indicator.All },
        { nameof(StoryKind), StoryKind.All },
    };

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void Keys_AreUniqueLowercaseAndHyphenated(string name, IReadOnlyList<IVocabularyTerm> terms)
    {
        terms.Select(t => t.Key).ShouldBeUnique(name);
        terms.Select(t => t.Label).ShouldBeUnique(name);
        foreach (var term in terms)
        {
            term.Key.ShouldMatch("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", $"{name} key '{term.Key}'");
            term.Label.ShouldNotBeNullOrWhiteSpace();
            term.ToString().ShouldBe(term.Key);
        }
    }

    [Fact]
    public void KnowledgeProductType_HasTheNineTypesOfGuideSection34()
    {
        KnowledgeProductType.All.Select(t => t.Key).ShouldBe(
        [
            "good-practice-synthesis", "lessons-learned", "key-takeaways", "faq", "job-aid",
            "checklist", "template", "learning-note", "curated-resource-list",
        ]);
    }

    [Fact]
    public void EventFormat_HasElevenFormatsInTheFourPurposeGroups()
    {
        EventFormat.All.Count.ShouldBe(11);
        EventPurpose.ActivateAndShare.Formats.ShouldBe([EventFormat.FlashTalk, EventFormat.LearningSpotlight, EventFormat.CrossCopExchange, EventFormat.Roundtable]);
        EventPurpose.SolveProblems.Formats.ShouldBe([EventFormat.PeerClinic, EventFormat.WorldCafe]);
        EventPurpose.CoCreate.Formats.ShouldBe([EventFormat.ToolJam, EventFormat.CoWritingSprint, EventFormat.KnowledgeHarvest]);
        EventPurpose.ExpandPerspectives.Formats.ShouldBe([EventFormat.ExternalGuestSession, EventFormat.ThematicExchange]);
    }

    [Fact]
    public void TryFromKey_IgnoresCase_AndRejectsTypos()
    {
        EventFormat.TryFromKey("Peer-Clinic", out var format).ShouldBeTrue();
        format.ShouldBeSameAs(EventFormat.PeerClinic);
        EventFormat.TryFromKey("peer-clinc", out _).ShouldBeFalse();
        EventFormat.TryFromKey(null, out _).ShouldBeFalse();
    }

    [Fact]
    public void TryFromLabel_MapsSharePointChoiceValuesBackToTerms()
    {
        KnowledgeProductType.TryFromLabel("Curated resource list", out var type).ShouldBeTrue();
        type.ShouldBeSameAs(KnowledgeProductType.CuratedResourceList);
        EventFormat.TryFromLabel("World café / fishbowl", out var format).ShouldBeTrue();
        format.ShouldBeSameAs(EventFormat.WorldCafe);
        CopRole.TryFromLabel("Core group", out var role).ShouldBeTrue();
        role.ShouldBeSameAs(CopRole.CoreGroup);
    }

    [Fact]
    public void FromKey_Unknown_ThrowsWithTheAllowedKeys()
    {
        var ex = Should.Throw<ArgumentException>(() => ParticipationModel.FromKey("semi"));
        ex.Message.ShouldContain("open, closed, moderated");
    }

    [Fact]
    public void CopRole_OnlyLeadsOwnTheGroup_AndPrecedenceOrdersRoles()
    {
        CopRole.All.Where(r => r.IsGroupOwner).ShouldBe([CopRole.Lead]);
        CopRole.All.Select(r => r.Precedence).ShouldBe([0, 1, 2, 3, 4]);
    }

    [Fact]
    public void LifeCycleStage_IsNumberedOneToFive()
    {
        LifeCycleStage.All.Select(s => s.Number).ShouldBe([1, 2, 3, 4, 5]);
        LifeCycleStage.DivisionOrDecline.Key.ShouldBe("division-or-decline");
    }

    [Fact]
    public void Composition_OnlyHybridIncludesExternalPeople()
    {
        Composition.Hybrid.IncludesExternalPeople.ShouldBeTrue();
        Composition.Internal.IncludesExternalPeople.ShouldBeFalse();
    }

    [Fact]
    public void Indicator_CoversAllThreeCategoriesOfGuideSection37()
    {
        Indicator.All.Count.ShouldBe(14);
        Indicator.All.Count(i => i.Category == IndicatorCategory.ActivityAndEngagement).ShouldBe(6);
        Indicator.All.Count(i => i.Category == IndicatorCategory.PerceptionAndValue).ShouldBe(4);
        Indicator.All.Count(i => i.Category == IndicatorCategory.ResultsAndImpact).ShouldBe(4);
        Indicator.All.Where(i => i.Source == IndicatorSource.PulseCheck).ShouldBe([Indicator.SurveyFeedback, Indicator.PerceivedImpact]);
        Indicator.All.ShouldAllBe(i => i.Unit.Length > 0);
    }
}
