using Hearth.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hearth.Library.Store;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the server.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<LibraryDb>
{
    public LibraryDb CreateDbContext(string[] args) =>
        new((DbContextOptions<LibraryDb>)new DbContextOptionsBuilder<LibraryDb>().UseHearthSqlite("design-time.db").Options);
}
