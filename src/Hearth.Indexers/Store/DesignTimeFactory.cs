using Hearth.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hearth.Indexers.Store;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the server.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<IndexersDb>
{
    public IndexersDb CreateDbContext(string[] args) =>
        new((DbContextOptions<IndexersDb>)new DbContextOptionsBuilder<IndexersDb>().UseHearthSqlite("design-time.db").Options);
}
