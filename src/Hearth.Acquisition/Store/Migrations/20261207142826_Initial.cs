using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Acquisition.Store.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "custom_formats",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_custom_formats", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "episodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SeriesId = table.Column<int>(type: "INTEGER", nullable: false),
                    Season = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    AbsoluteNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    AirDate = table.Column<string>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    Monitored = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_episodes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "files",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MovieId = table.Column<int>(type: "INTEGER", nullable: true),
                    SeriesId = table.Column<int>(type: "INTEGER", nullable: true),
                    Season = table.Column<int>(type: "INTEGER", nullable: true),
                    Episodes = table.Column<string>(type: "TEXT", nullable: false),
                    Path = table.Column<string>(type: "TEXT", nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Quality = table.Column<string>(type: "TEXT", nullable: false),
                    RevisionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    RevisionReal = table.Column<int>(type: "INTEGER", nullable: false),
                    IsRepack = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReleaseGroup = table.Column<string>(type: "TEXT", nullable: true),
                    AddedMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "movies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    MatchTitle = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    TmdbId = table.Column<int>(type: "INTEGER", nullable: true),
                    ImdbId = table.Column<string>(type: "TEXT", nullable: true),
                    Overview = table.Column<string>(type: "TEXT", nullable: true),
                    RuntimeMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    OriginalLanguage = table.Column<string>(type: "TEXT", nullable: true),
                    AlternativeTitles = table.Column<string>(type: "TEXT", nullable: false),
                    ReleaseDate = table.Column<string>(type: "TEXT", nullable: true),
                    PosterUrl = table.Column<string>(type: "TEXT", nullable: true),
                    ProfileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Monitored = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    LibraryItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AddedMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_movies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "profiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_profiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "series",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    MatchTitle = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    TvdbId = table.Column<int>(type: "INTEGER", nullable: true),
                    TvMazeId = table.Column<int>(type: "INTEGER", nullable: true),
                    TmdbId = table.Column<int>(type: "INTEGER", nullable: true),
                    ImdbId = table.Column<string>(type: "TEXT", nullable: true),
                    Overview = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", nullable: true),
                    RuntimeMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    OriginalLanguage = table.Column<string>(type: "TEXT", nullable: true),
                    AlternativeTitles = table.Column<string>(type: "TEXT", nullable: false),
                    PosterUrl = table.Column<string>(type: "TEXT", nullable: true),
                    ProfileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Monitored = table.Column<bool>(type: "INTEGER", nullable: false),
                    Monitor = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    LibraryItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AddedMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_series", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_custom_formats_Name",
                table: "custom_formats",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_episodes_AirDate",
                table: "episodes",
                column: "AirDate");

            migrationBuilder.CreateIndex(
                name: "IX_episodes_SeriesId_Season_Number",
                table: "episodes",
                columns: new[] { "SeriesId", "Season", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_files_MovieId",
                table: "files",
                column: "MovieId");

            migrationBuilder.CreateIndex(
                name: "IX_files_Path",
                table: "files",
                column: "Path",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_files_SeriesId",
                table: "files",
                column: "SeriesId");

            migrationBuilder.CreateIndex(
                name: "IX_movies_ImdbId",
                table: "movies",
                column: "ImdbId");

            migrationBuilder.CreateIndex(
                name: "IX_movies_LibraryItemId",
                table: "movies",
                column: "LibraryItemId");

            migrationBuilder.CreateIndex(
                name: "IX_movies_MatchTitle_Year",
                table: "movies",
                columns: new[] { "MatchTitle", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_movies_TmdbId",
                table: "movies",
                column: "TmdbId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_profiles_Name",
                table: "profiles",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_series_LibraryItemId",
                table: "series",
                column: "LibraryItemId");

            migrationBuilder.CreateIndex(
                name: "IX_series_MatchTitle_Year",
                table: "series",
                columns: new[] { "MatchTitle", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_series_TmdbId",
                table: "series",
                column: "TmdbId");

            migrationBuilder.CreateIndex(
                name: "IX_series_TvMazeId",
                table: "series",
                column: "TvMazeId");

            migrationBuilder.CreateIndex(
                name: "IX_series_TvdbId",
                table: "series",
                column: "TvdbId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "custom_formats");

            migrationBuilder.DropTable(
                name: "episodes");

            migrationBuilder.DropTable(
                name: "files");

            migrationBuilder.DropTable(
                name: "movies");

            migrationBuilder.DropTable(
                name: "profiles");

            migrationBuilder.DropTable(
                name: "series");
        }
    }
}
