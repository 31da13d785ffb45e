namespace CopSites.Domain;

/// <summary>Where an indicator's evidence comes from, which decides whether the job can compute it.</summary>
public enum IndicatorSource
{
    /// <summary>Computed by the indicator job from the workspace's lists, libraries and membership.</summary>
    SiteActivity,

    /// <summary>Averaged by the indicator job from the Pulse checks list (1–5 scores).</summary>
    PulseCheck,

    /// <summary>Collected as stories and testimonials; the job counts entries but cannot judge them.</summary>
    Narrative,
}
