using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace AccountExit.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Moderation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClosedAt",
                table: "EntryReports",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ModeratorNote",
                table: "EntryReports",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Patch",
                table: "EntryReports",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "EntryReports",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                // Reports filed before moderation existed are all waiting for review.
                defaultValue: "Open");

            migrationBuilder.CreateTable(
                name: "Administrators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NormalizedEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: false),
                    SecurityStamp = table.Column<string>(type: "text", nullable: false),
                    FailedSignIns = table.Column<int>(type: "integer", nullable: false),
                    LockedUntil = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Administrators", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EntryReports_Status",
                table: "EntryReports",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Administrators_NormalizedEmail",
                table: "Administrators",
                column: "NormalizedEmail",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Administrators");

            migrationBuilder.DropIndex(
                name: "IX_EntryReports_Status",
                table: "EntryReports");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "EntryReports");

            migrationBuilder.DropColumn(
                name: "ModeratorNote",
                table: "EntryReports");

            migrationBuilder.DropColumn(
                name: "Patch",
                table: "EntryReports");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "EntryReports");
        }
    }
}
