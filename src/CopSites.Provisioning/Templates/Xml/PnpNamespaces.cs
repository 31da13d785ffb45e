namespace CopSites.Provisioning.Templates.Xml;

/// <summary>The PnP provisioning schema namespaces the reader understands.</summary>
public static class PnpNamespaces
{
    /// <summary>The newest released schema; the writer emits it and the validator checks it.</summary>
    public const string V202209 = "http://schemas.dev.office.com/PnP/2022/09/ProvisioningSchema";

    /// <summary>Every namespace the reader maps, oldest first (2015-12 through 2022-09).</summary>
    public static IReadOnlyList<string> Supported { get; } =
    [
        "http://schemas.dev.office.com/PnP/2015/12/ProvisioningSchema",
        "http://schemas.dev.office.com/PnP/2016/05/ProvisioningSchema",
        "http://schemas.dev.office.com/PnP/2017/05/ProvisioningSchema",
        "http://schemas.dev.office.com/PnP/2018/01/ProvisioningSchema",
        "http://schemas.dev.office.com/PnP/2018/05/ProvisioningSchema",
        "http://schemas.dev.office.com/PnP/2018/07/ProvisioningSchema",
        "http://schemas.dev.office.com/PnP/2019/03/ProvisioningSchema",
        "http://schemas.dev.office.com/PnP/2019/09/ProvisioningSchema",
        "http://schemas.dev.office.com/PnP/2020/02/ProvisioningSchema",
        "http://schemas.dev.office.com/PnP/2021/03/ProvisioningSchema",
        V202209,
    ];

    /// <summary>True when <paramref name="ns"/> is one of <see cref="Supported"/>.</summary>
    public static bool IsSupported(string ns) => Supported.Contains(ns, StringComparer.Ordinal);
}
