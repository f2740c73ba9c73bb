namespace Hearth.Testing;

/// <summary>The checkout the tests run from (the folder holding Hearth.slnx), for tests that read its docs.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hearth.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no Hearth.slnx above {AppContext.BaseDirectory}");
    }
}
