using CopSites.Domain;

namespace CopSites.Provisioning.Tests.StandardTemplate;

public class VocabularyDocTests
{
    private static readonly string Vocabulary = File.ReadAllText(RepositoryLayout.Docs("vocabulary.md"));

    [Fact]
    public void VocabularyDoc_ListsEveryKeyAndLabel()
    {
        IEnumerable<IVocabularyTerm> terms =
        [
            .. KnowledgeProductType.All, .. KnowledgeProductStatus.All, .. EventFormat.All, .. EventPurpose.All,
            .. CopRole.All, .. LifeCycleStage.All, .. ParticipationModel.All, .. Composition.All,
            .. IndicatorCategory.All, .. Indicator.All,
        ];

        foreach (var term in terms)
        {
            Vocabulary.ShouldContain($"`{term.Key}`");
            Vocabulary.ShouldContain(term.Label);
        }
    }

    [Fact]
    public void VocabularyDoc_DocumentsEveryColumnWithItsId()
    {
        foreach (var field in StandardTemplateDocument.Load().AllFields)
        {
            Vocabulary.ShouldContain($"`{(string)field.Attribute("Name")!}`");
            Vocabulary.ShouldContain(((string)field.Attribute("ID")!).Trim('{', '}'));
        }
    }

    [Fact]
    public void CharterDoc_DocumentsEveryIndicatorAndFormatKey()
    {
        var charter = File.ReadAllText(RepositoryLayout.Docs("charter.md"));

        foreach (var key in Indicator.All.Select(i => i.Key).Concat(EventFormat.All.Select(f => f.Key)).Concat(KnowledgeProductType.All.Select(k => k.Key)))
        {
            charter.ShouldContain($"`{key}`");
        }
    }
}
