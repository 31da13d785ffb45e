using CopSites.Domain;

namespace CopSites.Provisioning.Charters;

/// <summary>
/// The rules that relate the people lists to each other (docs/charter.md, "People rules"):
/// no one twice in the same list; no lead also listed as moderator; in an internal CoP, everyone in the leads'
/// domain(s). Being listed in several other lists (a lead in the core group, a moderator among the members)
/// is allowed: the roster keeps the strongest role.
/// </summary>
internal sealed class CharterPeopleRules
{
    private readonly Action<CharterError> _report;
    private readonly string _source;

    public CharterPeopleRules(Action<CharterError> report, string source)
    {
        _report = report;
        _source = source;
    }

    public void Check(
        Composition composition,
        IReadOnlyList<Located<UserPrincipalName>> leads,
        IReadOnlyList<Located<UserPrincipalName>> moderators,
        IReadOnlyList<Located<UserPrincipalName>> coreGroup,
        IReadOnlyList<Located<UserPrincipalName>> multipliers,
        IReadOnlyList<Located<UserPrincipalName>> members)
    {
        foreach (var list in new[] { leads, moderators, coreGroup, multipliers, members })
        {
            NoDuplicates(list);
        }

        // A lead already has owner rights and facilitates when there is no moderator (guide §3.1); listing the
        // same person as both hides the fact that the CoP has no separate moderator.
        foreach (var moderator in moderators)
        {
            if (leads.FirstOrDefault(lead => lead.Value == moderator.Value) is { } lead)
            {
                Report(moderator, CharterErrorKind.Conflict,
                    $"{moderator.Value} is already a lead ({lead.Path}); a person is either a lead or a moderator, not both");
            }
        }

        if (!composition.IncludesExternalPeople && leads.Count > 0)
        {
            EveryoneInternal(leads, [moderators, coreGroup, multipliers, members]);
        }
    }

    private void NoDuplicates(IReadOnlyList<Located<UserPrincipalName>> people)
    {
        for (var i = 1; i < people.Count; i++)
        {
            if (people.Take(i).FirstOrDefault(earlier => earlier.Value == people[i].Value) is { } first)
            {
                Report(people[i], CharterErrorKind.Duplicate, $"{people[i].Value} is already listed at {first.Path}");
            }
        }
    }

    // The charter does not name the tenant, so the leads' domains stand for "internal": leads own the group
    // and must be staff. Anyone else from another domain would have to be invited as a guest, which an
    // internal CoP does not allow.
    private void EveryoneInternal(IReadOnlyList<Located<UserPrincipalName>> leads, IEnumerable<IReadOnlyList<Located<UserPrincipalName>>> others)
    {
        var internalDomains = leads.Select(l => l.Value.Domain).Distinct(StringComparer.Ordinal).ToList();
        foreach (var person in others.SelectMany(list => list))
        {
            if (!internalDomains.Contains(person.Value.Domain, StringComparer.Ordinal))
            {
                Report(person, CharterErrorKind.Conflict,
                    $"composition is internal, but {person.Value} is outside the leads' domain ({string.Join(", ", internalDomains)}); " +
                    "use 'composition: hybrid' to include external partners");
            }
        }
    }

    private void Report(Located<UserPrincipalName> person, CharterErrorKind kind, string message) =>
        _report(new CharterError(_source, person.Path, person.Line, person.Column, kind, message));
}
