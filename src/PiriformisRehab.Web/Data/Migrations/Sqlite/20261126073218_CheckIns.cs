using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiriformisRehab.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CheckIns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CheckIns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SavedAssessmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SessionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PainNow = table.Column<int>(type: "INTEGER", nullable: false),
                    PainWorst = table.Column<int>(type: "INTEGER", nullable: false),
                    MorningAfter = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    ExercisePain = table.Column<int>(type: "INTEGER", nullable: true),
                    SittingMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    Activity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WalkRunPhase = table.Column<int>(type: "INTEGER", nullable: true),
                    RunMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    RunPain = table.Column<int>(type: "INTEGER", nullable: true),
                    ExercisesDoneJson = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RedFlagsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Triage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClinicianCleared = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckIns", x => x.Id);
                    table.CheckConstraint("CK_CheckIns_OneDiary", "(\"ProgrammeId\" IS NULL) <> (\"SavedAssessmentId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_CheckIns_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CheckIns_SavedAssessments_SavedAssessmentId",
                        column: x => x.SavedAssessmentId,
                        principalTable: "SavedAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_ProgrammeId_SessionDate",
                table: "CheckIns",
                columns: new[] { "ProgrammeId", "SessionDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_SavedAssessmentId_SessionDate",
                table: "CheckIns",
                columns: new[] { "SavedAssessmentId", "SessionDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CheckIns");
        }
    }
}
