using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiriformisRehab.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ClinicListEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DiaryRevision",
                table: "Patients",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "ClinicListEntries",
                columns: table => new
                {
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false),
                    ComputedOnDay = table.Column<int>(type: "integer", nullable: false),
                    StaleAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    RulesVersion = table.Column<int>(type: "integer", nullable: false),
                    LabelKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SortGroup = table.Column<int>(type: "integer", nullable: false),
                    SortRank = table.Column<int>(type: "integer", nullable: false),
                    SortCount = table.Column<int>(type: "integer", nullable: false),
                    LastCheckInDay = table.Column<int>(type: "integer", nullable: false),
                    RowJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClinicListEntries", x => x.PatientId);
                    table.ForeignKey(
                        name: "FK_ClinicListEntries_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClinicListEntries");

            migrationBuilder.DropColumn(
                name: "DiaryRevision",
                table: "Patients");
        }
    }
}
