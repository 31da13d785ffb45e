namespace CopSites.Provisioning.Engine.Resources;

/// <summary>What the engine will do (or did) to one object.</summary>
public enum ChangeKind
{
    /// <summary>The object does not exist and will be created.</summary>
    Create,

    /// <summary>The object exists with different properties and will be updated.</summary>
    Update,

    /// <summary>The object exists as desired; nothing to send.</summary>
    Unchanged,

    /// <summary>The object differs but is left alone on purpose (edited by a person, or no safe update exists).</summary>
    Skipped,
}
