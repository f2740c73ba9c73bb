using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Library.Store.Migrations
{
    /// <inheritdoc />
    public partial class OnlineMetadata : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "WriteNfo",
                table: "Libraries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Overview = table.Column<string>(type: "TEXT", nullable: true),
                    PosterPath = table.Column<string>(type: "TEXT", nullable: true),
                    BackdropPath = table.Column<string>(type: "TEXT", nullable: true),
                    DateModifiedMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Collections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ItemMetadata",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LibraryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    MatchedByPerson = table.Column<bool>(type: "INTEGER", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", nullable: true),
                    ProviderId = table.Column<string>(type: "TEXT", nullable: true),
                    Confidence = table.Column<double>(type: "REAL", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", nullable: true),
                    LastOutcome = table.Column<string>(type: "TEXT", nullable: true),
                    RefreshedMs = table.Column<long>(type: "INTEGER", nullable: true),
                    RetryAtMs = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    AlternativesJson = table.Column<string>(type: "TEXT", nullable: true),
                    RemoteImagesJson = table.Column<string>(type: "TEXT", nullable: true),
                    LockedFields = table.Column<string>(type: "TEXT", nullable: true),
                    LocalFields = table.Column<string>(type: "TEXT", nullable: true),
                    ProviderFields = table.Column<string>(type: "TEXT", nullable: true),
                    CollectionId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemMetadata", x => x.ItemId);
                    table.ForeignKey(
                        name: "FK_ItemMetadata_Collections_CollectionId",
                        column: x => x.CollectionId,
                        principalTable: "Collections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ItemMetadata_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Collections_Provider_ProviderId",
                table: "Collections",
                columns: new[] { "Provider", "ProviderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ItemMetadata_CollectionId",
                table: "ItemMetadata",
                column: "CollectionId");

            migrationBuilder.CreateIndex(
                name: "IX_ItemMetadata_LibraryId_State_RetryAtMs",
                table: "ItemMetadata",
                columns: new[] { "LibraryId", "State", "RetryAtMs" });

            // the movies and shows already in the store are matched after the next scan, as new ones are
            migrationBuilder.Sql("INSERT INTO ItemMetadata (ItemId, LibraryId, State, MatchedByPerson, Attempts) SELECT Id, LibraryId, 0, 0, 0 FROM Items WHERE Kind IN (0, 1)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ItemMetadata");

            migrationBuilder.DropTable(
                name: "Collections");

            migrationBuilder.DropColumn(
                name: "WriteNfo",
                table: "Libraries");
        }
    }
}
