using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AccountExit.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Laws : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Laws",
                table: "Markets",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "Laws",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Abbreviation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    NativeName = table.Column<string>(type: "TEXT", nullable: true),
                    InForce = table.Column<bool>(type: "INTEGER", nullable: false),
                    Since = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    StatusNote = table.Column<string>(type: "TEXT", nullable: true),
                    StatusSources = table.Column<string>(type: "TEXT", nullable: false),
                    Who = table.Column<string>(type: "TEXT", nullable: true),
                    WhoSources = table.Column<string>(type: "TEXT", nullable: false),
                    Rights = table.Column<string>(type: "TEXT", nullable: false),
                    Deadline = table.Column<string>(type: "TEXT", nullable: true),
                    FollowUp = table.Column<string>(type: "TEXT", nullable: true),
                    Complaint = table.Column<string>(type: "TEXT", nullable: true),
                    Authorities = table.Column<string>(type: "TEXT", nullable: false),
                    Unsourced = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Laws", x => x.Code);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Laws");

            migrationBuilder.DropColumn(
                name: "Laws",
                table: "Markets");
        }
    }
}
