using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Library.Store.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Libraries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Libraries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LibraryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ShowId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Depth = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    SortTitle = table.Column<string>(type: "TEXT", nullable: false),
                    OriginalTitle = table.Column<string>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Overview = table.Column<string>(type: "TEXT", nullable: true),
                    Tagline = table.Column<string>(type: "TEXT", nullable: true),
                    Rating = table.Column<double>(type: "REAL", nullable: true),
                    OfficialRating = table.Column<string>(type: "TEXT", nullable: true),
                    Premiered = table.Column<string>(type: "TEXT", nullable: true),
                    IndexNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    IndexNumberEnd = table.Column<int>(type: "INTEGER", nullable: true),
                    ParentIndexNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    RuntimeMs = table.Column<long>(type: "INTEGER", nullable: true),
                    DateAddedMs = table.Column<long>(type: "INTEGER", nullable: false),
                    DateModifiedMs = table.Column<long>(type: "INTEGER", nullable: false),
                    Genres = table.Column<string>(type: "TEXT", nullable: true),
                    Studios = table.Column<string>(type: "TEXT", nullable: true),
                    PeopleJson = table.Column<string>(type: "TEXT", nullable: true),
                    ProviderIdsJson = table.Column<string>(type: "TEXT", nullable: true),
                    ExtraKind = table.Column<string>(type: "TEXT", nullable: true),
                    PosterPath = table.Column<string>(type: "TEXT", nullable: true),
                    BackdropPath = table.Column<string>(type: "TEXT", nullable: true),
                    ThumbPath = table.Column<string>(type: "TEXT", nullable: true),
                    LogoPath = table.Column<string>(type: "TEXT", nullable: true),
                    Container = table.Column<string>(type: "TEXT", nullable: true),
                    Width = table.Column<int>(type: "INTEGER", nullable: true),
                    Height = table.Column<int>(type: "INTEGER", nullable: true),
                    VideoCodec = table.Column<string>(type: "TEXT", nullable: true),
                    Hdr = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Items_Items_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Items_Libraries_LibraryId",
                        column: x => x.LibraryId,
                        principalTable: "Libraries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibraryFolders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LibraryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Path = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryFolders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryFolders_Libraries_LibraryId",
                        column: x => x.LibraryId,
                        principalTable: "Libraries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LibraryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedMs = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedMs = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: true),
                    FilesSeen = table.Column<int>(type: "INTEGER", nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Removed = table.Column<int>(type: "INTEGER", nullable: false),
                    Failed = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanRuns_Libraries_LibraryId",
                        column: x => x.LibraryId,
                        principalTable: "Libraries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LibraryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Path = table.Column<string>(type: "TEXT", nullable: false),
                    PathHash = table.Column<long>(type: "INTEGER", nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    MtimeMs = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Failure = table.Column<string>(type: "TEXT", nullable: true),
                    ScannedMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Files_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Files_Libraries_LibraryId",
                        column: x => x.LibraryId,
                        principalTable: "Libraries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediaInfos",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaInfos", x => x.ItemId);
                    table.ForeignKey(
                        name: "FK_MediaInfos_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WatchStates",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PositionMs = table.Column<long>(type: "INTEGER", nullable: false),
                    Played = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlayCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Favourite = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastPlayedMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WatchStates", x => new { x.UserId, x.ItemId });
                    table.ForeignKey(
                        name: "FK_WatchStates_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Files_ItemId",
                table: "Files",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Files_LibraryId_PathHash",
                table: "Files",
                columns: new[] { "LibraryId", "PathHash" });

            migrationBuilder.CreateIndex(
                name: "IX_Files_LibraryId_State",
                table: "Files",
                columns: new[] { "LibraryId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Files_Path",
                table: "Files",
                column: "Path",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Items_Depth_DateAddedMs_Id",
                table: "Items",
                columns: new[] { "Depth", "DateAddedMs", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_Depth_SortTitle_Id",
                table: "Items",
                columns: new[] { "Depth", "SortTitle", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_Kind_DateAddedMs_Id",
                table: "Items",
                columns: new[] { "Kind", "DateAddedMs", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_Kind_SortTitle_Id",
                table: "Items",
                columns: new[] { "Kind", "SortTitle", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_LibraryId_Depth_DateAddedMs_Id",
                table: "Items",
                columns: new[] { "LibraryId", "Depth", "DateAddedMs", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_LibraryId_Depth_SortTitle_Id",
                table: "Items",
                columns: new[] { "LibraryId", "Depth", "SortTitle", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_LibraryId_Depth_Year_SortTitle",
                table: "Items",
                columns: new[] { "LibraryId", "Depth", "Year", "SortTitle" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_LibraryId_Key",
                table: "Items",
                columns: new[] { "LibraryId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Items_LibraryId_Kind_DateAddedMs_Id",
                table: "Items",
                columns: new[] { "LibraryId", "Kind", "DateAddedMs", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_LibraryId_Kind_SortTitle_Id",
                table: "Items",
                columns: new[] { "LibraryId", "Kind", "SortTitle", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_ParentId_IndexNumber",
                table: "Items",
                columns: new[] { "ParentId", "IndexNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_ShowId_ParentIndexNumber_IndexNumber",
                table: "Items",
                columns: new[] { "ShowId", "ParentIndexNumber", "IndexNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Libraries_Name",
                table: "Libraries",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LibraryFolders_LibraryId",
                table: "LibraryFolders",
                column: "LibraryId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryFolders_Path",
                table: "LibraryFolders",
                column: "Path",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScanRuns_LibraryId_StartedMs",
                table: "ScanRuns",
                columns: new[] { "LibraryId", "StartedMs" });

            migrationBuilder.CreateIndex(
                name: "IX_WatchStates_ItemId",
                table: "WatchStates",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_WatchStates_UserId_LastPlayedMs",
                table: "WatchStates",
                columns: new[] { "UserId", "LastPlayedMs" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Files");

            migrationBuilder.DropTable(
                name: "LibraryFolders");

            migrationBuilder.DropTable(
                name: "MediaInfos");

            migrationBuilder.DropTable(
                name: "ScanRuns");

            migrationBuilder.DropTable(
                name: "WatchStates");

            migrationBuilder.DropTable(
                name: "Items");

            migrationBuilder.DropTable(
                name: "Libraries");
        }
    }
}
