using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Acquisition.Store.Migrations
{
    /// <inheritdoc />
    public partial class MovieVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "VersionId",
                table: "grabs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "movie_versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MovieId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    ProfileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Monitored = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddedMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_movie_versions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_movie_versions_MovieId",
                table: "movie_versions",
                column: "MovieId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "movie_versions");

            migrationBuilder.DropColumn(
                name: "VersionId",
                table: "grabs");
        }
    }
}
