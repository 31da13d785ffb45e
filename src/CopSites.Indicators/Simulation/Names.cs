namespace CopSites.Indicators.Simulation;

/// <summary>Plausible, clearly fictional names for simulated members.</summary>
internal static class Names
{
    private static readonly string[] Given =
    [
        "Ana", "Bruno", "Carla", "Diego", "Elena", "Felipe", "Gabriela", "Hugo", "Inés", "Javier", "Karina", "Luis", "Mariana",
        "Nicolás", "Olga", "Pablo", "Quinn", "Rosa", "Santiago", "Teresa", "Ursula", "Valentina", "Walter", "Ximena", "Yolanda", "Zoe",
    ];

    private static readonly string[] Family =
    [
        "Almeida", "Barros", "Castillo", "Duarte", "Esposito", "Flores", "Guerra", "Herrera", "Ibarra", "Jiménez", "Lopes", "Morales",
        "Nunes", "Ortega", "Pereira", "Quiroga", "Ramos", "Silva", "Torres", "Urrutia", "Vargas", "Weber", "Yáñez", "Zamora",
    ];

    public static string For(int i) => $"{Given[i % Given.Length]} {Family[(i / Given.Length) % Family.Length]}";
}
