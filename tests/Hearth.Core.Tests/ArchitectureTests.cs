using System.Reflection;
using System.Xml.Linq;
using Hearth.Testing;

namespace Hearth.Core.Tests;

/// <summary>
/// DESIGN's dependency rules, checked on every build: the pure Releases depends on nothing of Hearth's;
/// Core on nothing but Releases at most; each context on Core and Releases only (two contexts talk through a
/// Core contract); an edge (a protocol such as the Jellyfin-compatible API) on contexts, never on Web or
/// Cli; and nothing but Web and Cli references an edge. Read twice: from the project files, where a
/// reference is declared, and from the compiled assemblies, where it is real.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly HashSet<string> Hosts = ["Hearth.Web", "Hearth.Cli"];
    private static readonly HashSet<string> Edges = ["Hearth.Jellyfin"];
    private static readonly HashSet<string> Foundation = ["Hearth.Core", "Hearth.Releases"];

    public static TheoryData<string> Projects()
    {
        var data = new TheoryData<string>();
        foreach (var name in ProjectNames())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void ProjectReferences_FollowTheDependencyRules(string project)
    {
        var references = XDocument.Load(ProjectFile(project)).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();

        Assert.DoesNotContain(references, r => !Allowed(project, r));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void CompiledAssemblies_FollowTheDependencyRules(string project)
    {
        if (Hosts.Contains(project))
        {
            return;
        }

        var referenced = Assembly.Load(project).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Hearth.", StringComparison.Ordinal))
            .ToList();

        Assert.DoesNotContain(referenced, r => !Allowed(project, r));
    }

    [Fact]
    public void Projects_AreAllFound()
    {
        var names = ProjectNames().ToList();

        // a rule checked over nothing passes: make sure the contexts are really there
        Assert.Contains("Hearth.Library", names);
        Assert.Contains("Hearth.Streaming", names);
        Assert.Contains("Hearth.Access", names);
        Assert.Contains("Hearth.Web", names);
    }

    private static bool Allowed(string project, string reference) => project switch
    {
        "Hearth.Releases" => false,
        "Hearth.Core" => reference == "Hearth.Releases",
        _ when Hosts.Contains(project) => project == "Hearth.Cli" || reference != "Hearth.Cli",
        _ when Edges.Contains(project) => !Hosts.Contains(reference) && !Edges.Contains(reference),
        // a context: Core and the pure Releases only
        _ => Foundation.Contains(reference),
    };

    private static IEnumerable<string> ProjectNames() =>
        Directory.EnumerateDirectories(Path.Combine(Repository.Root, "src"), "Hearth.*")
            .Select(Path.GetFileName)
            .Where(name => File.Exists(ProjectFile(name!)))
            .Select(name => name!)
            .Order(StringComparer.Ordinal);

    private static string ProjectFile(string project) => Path.Combine(Repository.Root, "src", project, project + ".csproj");
}
